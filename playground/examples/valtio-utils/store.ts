import { proxy, ref, subscribe } from 'valtio';
import { proxyMap, proxySet, subscribeKey } from 'valtio/utils';
import { API_BASE_URL, type Comment, type ListResponse, type Task } from '@/mocks/browser';

export const inbox = proxy({
  tasks: [] as Task[],
  error: null as string | null,
  /** A Set that valtio tracks: `add`, `delete` and `clear` notify like property writes. */
  selected: proxySet<string>(),
  openTaskId: null as string | null,
  /** A Map that valtio tracks: comments by task id, fetched once per task. */
  comments: proxyMap<string, Comment[]>(),
  commentsError: null as string | null,
  /**
   * The comments request in flight. Stored with `ref()`: valtio would otherwise wrap it in a
   * proxy (and `fetch` rejects a proxied AbortSignal) and freeze it in snapshots.
   */
  commentsRequest: null as AbortController | null,
});

async function getItems<T>(path: string, signal?: AbortSignal): Promise<T[]> {
  const response = await fetch(`${API_BASE_URL}${path}`, { signal });
  if (!response.ok) throw new Error(`GET ${path.split('?')[0]} answered ${response.status}`);
  return ((await response.json()) as ListResponse<T>).items;
}

export async function loadTasks(): Promise<void> {
  try {
    inbox.tasks = await getItems<Task>('/tasks?projectId=proj_01&limit=8&sort=title');
    inbox.error = null;
  } catch (error) {
    inbox.error = `Could not load the tasks: ${(error as Error).message}`;
  }
}

export function toggleSelected(taskId: string): void {
  if (inbox.selected.has(taskId)) inbox.selected.delete(taskId);
  else inbox.selected.add(taskId);
}

export function clearSelection(): void {
  inbox.selected.clear();
}

export function openTask(taskId: string): void {
  inbox.openTaskId = taskId;
}

async function loadComments(taskId: string): Promise<void> {
  inbox.commentsRequest?.abort(); // the user moved on: the previous answer is no longer wanted
  inbox.commentsError = null;
  if (inbox.comments.has(taskId)) return;
  const request = ref(new AbortController());
  inbox.commentsRequest = request;
  try {
    inbox.comments.set(taskId, await getItems<Comment>(`/comments?taskId=${taskId}&limit=100`, request.signal));
  } catch (error) {
    if (!request.signal.aborted) inbox.commentsError = `Could not load the comments: ${(error as Error).message}`;
  } finally {
    if (inbox.commentsRequest === request) inbox.commentsRequest = null;
  }
}

/**
 * Outside React: load a task's comments when it is opened. `subscribeKey` calls back only
 * when that one key changes. Returns the unsubscribe function.
 */
export function loadCommentsOnOpen(): () => void {
  return subscribeKey(inbox, 'openTaskId', (taskId) => {
    if (taskId) void loadComments(taskId);
  });
}

const SELECTION_KEY = 'tasks.selected';

/**
 * Keep the selection across reloads: restore it, then write it after every change.
 * `subscribe` batches: several changes in one tick give one call.
 */
export function persistSelection(storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage): () => void {
  try {
    const stored: unknown = JSON.parse(storage.getItem(SELECTION_KEY) ?? '[]');
    if (Array.isArray(stored)) for (const id of stored) if (typeof id === 'string') inbox.selected.add(id);
  } catch {
    // Not JSON: start with nothing selected.
  }
  return subscribe(inbox.selected, () => storage.setItem(SELECTION_KEY, JSON.stringify([...inbox.selected])));
}
