import { API_BASE_URL, type ConflictErrorBody, type ListResponse, type Task } from '@/mocks/browser';

/** The first five tasks of a project: both stores load the same ones. */
export async function fetchTasks(): Promise<Task[]> {
  const response = await fetch(`${API_BASE_URL}/tasks?projectId=proj_01&limit=5&sort=title`);
  if (!response.ok) throw new Error(`GET /tasks answered ${response.status}`);
  return ((await response.json()) as ListResponse<Task>).items;
}

/** Saves a status. Resolves with the saved task, or with the current one after a 409. */
export async function saveStatus(task: Pick<Task, 'id' | 'version' | 'status'>): Promise<{ task: Task; conflict: boolean }> {
  const response = await fetch(`${API_BASE_URL}/tasks/${task.id}`, {
    method: 'PATCH',
    body: JSON.stringify({ version: task.version, status: task.status }),
  });
  if (response.status === 409) return { task: ((await response.json()) as ConflictErrorBody<Task>).current, conflict: true };
  if (!response.ok) throw new Error(`PATCH /tasks/${task.id} answered ${response.status}`);
  return { task: (await response.json()) as Task, conflict: false };
}
