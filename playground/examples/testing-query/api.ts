import { API_BASE_URL, type ListResponse, type Task, type TaskStatus } from '@/mocks/browser';

async function send<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${API_BASE_URL}${path}`, init);
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path} answered ${response.status}`);
  return (await response.json()) as T;
}

export async function fetchProjectTasks(projectId: string): Promise<Task[]> {
  const page = await send<ListResponse<Task>>(`/tasks?projectId=${projectId}&limit=100&sort=title`);
  return page.items;
}

export function updateTaskStatus(task: Task, status: TaskStatus): Promise<Task> {
  return send(`/tasks/${task.id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ version: task.version, status }),
  });
}
