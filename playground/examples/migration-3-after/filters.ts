import { TASK_STATUSES, type Task, type TaskStatus } from '@/mocks/browser';

export type StatusFilter = TaskStatus | 'all';

export const STATUS_FILTERS: readonly StatusFilter[] = ['all', ...TASK_STATUSES];

/** The tasks with the given status, or all of them. */
export function filterByStatus(tasks: Task[], filter: StatusFilter): Task[] {
  return filter === 'all' ? tasks : tasks.filter((task) => task.status === filter);
}
