import { API_BASE_URL, type ErrorBody, type ListResponse, type Project, type Task, type TaskStatus } from '@/mocks/browser';

async function requestJson<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${API_BASE_URL}${path}`, init);
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ErrorBody | null;
    throw new Error(body?.message ?? `${init?.method ?? 'GET'} ${path} answered ${response.status}`);
  }
  return (await response.json()) as T;
}

export async function fetchProjects(): Promise<Project[]> {
  const page = await requestJson<ListResponse<Project>>('/projects?limit=100&sort=name');
  return page.items;
}

export async function fetchProjectTasks(projectId: string): Promise<Task[]> {
  const page = await requestJson<ListResponse<Task>>(`/tasks?projectId=${projectId}&limit=100&sort=title`);
  return page.items;
}

/** Saves a new status. The API wants the version the change is based on, and answers with the saved task. */
export function patchTaskStatus(task: Task, status: TaskStatus): Promise<Task> {
  return requestJson<Task>(`/tasks/${task.id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ version: task.version, status }),
  });
}
