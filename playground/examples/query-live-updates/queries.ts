import { queryOptions } from '@tanstack/react-query';
import type { Task } from '@/mocks/browser';
import { fetchProjectTasks } from './api';

export const taskKeys = {
  all: ['tasks'] as const,
  lists: () => [...taskKeys.all, 'list'] as const,
  list: (projectId: string) => [...taskKeys.lists(), { projectId }] as const,
};

export const projectTasksQuery = (projectId: string) =>
  queryOptions({
    queryKey: taskKeys.list(projectId),
    queryFn: ({ signal }) => fetchProjectTasks(projectId, signal),
    // The socket keeps this list current, so age alone is no reason to refetch (on mount,
    // focus or reconnect). Invalidation still refetches: see taskUpdates.ts.
    staleTime: Infinity,
  });

/** For `select`: the most recently changed task first. Defined once, so its result is memoized. */
export function newestFirst(tasks: Task[]): Task[] {
  return tasks.toSorted((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
