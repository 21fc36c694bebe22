import { API_BASE_URL, type ErrorBody, type ListResponse, type ProjectStats, type Task } from '@/mocks/browser';

/** The server answered, with an error status: the status says whether asking again can help. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

async function send<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${API_BASE_URL}${path}`, init);
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ErrorBody | null;
    throw new HttpError(response.status, body?.message ?? `${response.status} ${response.statusText}`);
  }
  return (await response.json()) as T;
}

export async function fetchProjectTasks(projectId: string, signal?: AbortSignal): Promise<Task[]> {
  const page = await send<ListResponse<Task>>(`/tasks?projectId=${projectId}&limit=100&sort=title`, { signal });
  return page.items;
}

export function fetchProjectStats(projectId: string, signal?: AbortSignal): Promise<ProjectStats> {
  return send(`/projects/${projectId}/stats`, { signal });
}

export type TaskChanges = Partial<Pick<Task, 'title' | 'status' | 'priority' | 'assigneeId' | 'dueDate'>>;

/** `version` is the one the changes are based on: the server answers 409 if someone changed the task since. */
export function updateTask(taskId: string, version: number, changes: TaskChanges): Promise<Task> {
  return send(`/tasks/${taskId}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ version, ...changes }),
  });
}
