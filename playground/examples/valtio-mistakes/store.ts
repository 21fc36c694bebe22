import { proxy } from 'valtio';
import { API_BASE_URL, type Task } from '@/mocks/browser';

type TaskCard = Pick<Task, 'id' | 'title'>;

export const page = proxy({
  task: { id: '', title: 'Loading…' } as TaskCard,
  error: null as string | null,
});

/** Replaces `page.task` with a new object: what any load or reset does. */
export async function loadTask(taskId: string): Promise<void> {
  try {
    const response = await fetch(`${API_BASE_URL}/tasks/${taskId}`);
    if (!response.ok) throw new Error(`GET /tasks/${taskId} answered ${response.status}`);
    const { id, title } = (await response.json()) as Task;
    page.task = { id, title };
  } catch (error) {
    page.error = `Could not load the task: ${(error as Error).message}`;
  }
}

export function markUrgent(): void {
  if (!page.task.title.startsWith('URGENT: ')) page.task.title = `URGENT: ${page.task.title}`;
}
