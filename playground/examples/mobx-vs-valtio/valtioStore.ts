import { proxy } from 'valtio';
import { subscribeKey } from 'valtio/utils';
import type { Task } from '@/mocks/browser';
import { fetchTasks, saveStatus } from './api';

export const valtioTasks = proxy({
  tasks: [] as Task[],
  error: null as string | null,
  /** A getter: recomputed each time it is read (no cache). */
  get doneCount(): number {
    return this.tasks.filter((task) => task.status === 'done').length;
  },
});

export async function load(): Promise<void> {
  try {
    valtioTasks.tasks = await fetchTasks(); // no action needed: write whenever
  } catch (error) {
    valtioTasks.error = `Could not load the tasks: ${(error as Error).message}`;
  }
}

export async function toggle(taskId: string): Promise<void> {
  const task = valtioTasks.tasks.find((candidate) => candidate.id === taskId)!;
  const previous = task.status;
  task.status = previous === 'done' ? 'todo' : 'done';
  valtioTasks.error = null;
  try {
    const saved = await saveStatus(task);
    Object.assign(task, saved.task);
    if (saved.conflict) valtioTasks.error = `“${saved.task.title}” was changed by someone else; this is their version.`;
  } catch (error) {
    task.status = previous;
    valtioTasks.error = `Could not save “${task.title}”: ${(error as Error).message}`;
  }
}

/** Outside React: `subscribeKey` on the getter calls back when its value changes. */
export function logProgress(log: (line: string) => void = console.log): () => void {
  return subscribeKey(valtioTasks, 'doneCount', (done) => log(`Valtio: ${done} of ${valtioTasks.tasks.length} done`));
}
