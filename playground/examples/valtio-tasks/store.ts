import { proxy } from 'valtio';
import { API_BASE_URL, type ConflictErrorBody, type ErrorBody, type ListResponse, type Task } from '@/mocks/browser';

/**
 * The whole board is one mutable object. Components read it through `useSnapshot`, and each
 * one re-renders only when a property it read changes.
 */
export const board = proxy({
  tasks: [] as Task[],
  loading: true,
  error: null as string | null,
  search: '',
  /** A getter is a computed value, worked out from the current state each time it is read. */
  get doneCount(): number {
    return this.tasks.filter((task) => task.status === 'done').length;
  },
});

/** Whether a task's title contains the search text (case and outer spaces ignored). */
export function matchesSearch(task: Pick<Task, 'title'>, search: string): boolean {
  return task.title.toLowerCase().includes(search.trim().toLowerCase());
}

async function failure(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as ErrorBody | null;
  return body?.message ?? `The server answered ${response.status}`;
}

export async function loadTasks(): Promise<void> {
  board.loading = true;
  board.error = null;
  try {
    const response = await fetch(`${API_BASE_URL}/tasks?projectId=proj_01&limit=100&sort=title`);
    if (!response.ok) throw new Error(await failure(response));
    board.tasks = ((await response.json()) as ListResponse<Task>).items;
  } catch (error) {
    board.error = `Could not load the tasks: ${(error as Error).message}`;
  } finally {
    board.loading = false;
  }
}

export function setSearch(search: string): void {
  board.search = search;
}

/** Ticks a task on screen at once, then saves it; the server's answer wins. */
export async function toggleDone(taskId: string): Promise<void> {
  const task = board.tasks.find((candidate) => candidate.id === taskId);
  if (!task) return;
  const previous = task.status;
  task.status = previous === 'done' ? 'todo' : 'done';
  board.error = null;
  try {
    const response = await fetch(`${API_BASE_URL}/tasks/${taskId}`, {
      method: 'PATCH',
      body: JSON.stringify({ version: task.version, status: task.status }),
    });
    if (response.status === 409) {
      // Someone else saved first: show their version of the task, and say so.
      const { current } = (await response.json()) as ConflictErrorBody<Task>;
      Object.assign(task, current);
      board.error = `“${current.title}” was changed by someone else; this is their version.`;
      return;
    }
    if (!response.ok) throw new Error(await failure(response));
    Object.assign(task, (await response.json()) as Task);
  } catch (error) {
    task.status = previous;
    board.error = `Could not save “${task.title}”: ${(error as Error).message}`;
  }
}
