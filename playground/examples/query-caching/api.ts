import { API_BASE_URL, type ErrorBody, type ListResponse, type Project, type Task, type User } from '@/mocks/browser';

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

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(`${API_BASE_URL}${path}`, { signal });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ErrorBody | null;
    throw new HttpError(response.status, body?.message ?? `${response.status} ${response.statusText}`);
  }
  return (await response.json()) as T;
}

export function fetchCurrentUser(signal?: AbortSignal): Promise<User> {
  return getJson('/me', signal);
}

export async function fetchProjects(signal?: AbortSignal): Promise<Project[]> {
  const page = await getJson<ListResponse<Project>>('/projects?limit=5&sort=name', signal);
  return page.items;
}

export async function fetchProjectTasks(projectId: string, signal?: AbortSignal): Promise<Task[]> {
  const page = await getJson<ListResponse<Task>>(`/tasks?projectId=${projectId}&limit=100&sort=title`, signal);
  return page.items;
}

export function fetchTask(taskId: string, signal?: AbortSignal): Promise<Task> {
  return getJson(`/tasks/${taskId}`, signal);
}
