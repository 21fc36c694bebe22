import { API_BASE_URL, type ErrorBody, type Project, type ProjectStats } from '@/mocks/browser';

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

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(`${API_BASE_URL}${path}`, { signal });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ErrorBody | null;
    throw new HttpError(response.status, body?.message ?? `${response.status} ${response.statusText}`);
  }
  return (await response.json()) as T;
}

export function fetchProject(projectId: string, signal?: AbortSignal): Promise<Project> {
  return getJson(`/projects/${projectId}`, signal);
}

export function fetchProjectStats(projectId: string, signal?: AbortSignal): Promise<ProjectStats> {
  return getJson(`/projects/${projectId}/stats`, signal);
}
