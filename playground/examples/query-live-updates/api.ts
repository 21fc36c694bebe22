import { API_BASE_URL, type ErrorBody, type ListResponse, type Task } from '@/mocks/browser';

/** The server answered, with an error status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export async function fetchProjectTasks(projectId: string, signal?: AbortSignal): Promise<Task[]> {
  const response = await fetch(`${API_BASE_URL}/tasks?projectId=${projectId}&limit=100&sort=title`, { signal });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ErrorBody | null;
    throw new HttpError(response.status, body?.message ?? `${response.status} ${response.statusText}`);
  }
  const page = (await response.json()) as ListResponse<Task>;
  return page.items;
}
