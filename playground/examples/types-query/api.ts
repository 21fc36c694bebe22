import { API_BASE_URL, type ErrorBody, type ListResponse, type Project } from '@/mocks/browser';

/** What every failed request throws: the status says whether trying again can help. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

// Every query's and mutation's `error` is an HttpError, not the default `Error`.
declare module '@tanstack/react-query' {
  interface Register {
    defaultError: HttpError;
  }
}

async function requestJson<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${API_BASE_URL}${path}`, init);
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ErrorBody | null;
    throw new HttpError(response.status, body?.message ?? response.statusText);
  }
  return (await response.json()) as T;
}

export async function fetchProjects(signal: AbortSignal): Promise<Project[]> {
  const page = await requestJson<ListResponse<Project>>('/projects?limit=5&sort=name', { signal });
  return page.items;
}

export function renameProject(project: Project, name: string): Promise<Project> {
  return requestJson<Project>(`/projects/${project.id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ version: project.version, name }),
  });
}
