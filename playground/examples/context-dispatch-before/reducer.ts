import { API_BASE_URL, type ListResponse, type Task } from '@/mocks/browser';

export interface TasksState {
  tasks: Task[];
  status: 'pending' | 'ready' | 'failed';
  error: string | null;
}

export type TasksAction =
  | { type: 'loaded'; tasks: Task[] }
  | { type: 'loadFailed'; error: string }
  | { type: 'toggled'; id: string }
  | { type: 'allDone' }
  | { type: 'allReopened' }
  | { type: 'doneRemoved' };

export const initialTasks: TasksState = { tasks: [], status: 'pending', error: null };

export function tasksReducer(state: TasksState, action: TasksAction): TasksState {
  const withStatus = (status: (task: Task) => Task['status']) => ({
    ...state,
    tasks: state.tasks.map((task) => (status(task) === task.status ? task : { ...task, status: status(task) })),
  });
  switch (action.type) {
    case 'loaded':
      return { tasks: action.tasks, status: 'ready', error: null };
    case 'loadFailed':
      return { ...state, status: 'failed', error: action.error };
    case 'toggled':
      return withStatus((task) => (task.id !== action.id ? task.status : task.status === 'done' ? 'todo' : 'done'));
    case 'allDone':
      return withStatus(() => 'done');
    case 'allReopened':
      return withStatus((task) => (task.status === 'done' ? 'todo' : task.status));
    case 'doneRemoved':
      return { ...state, tasks: state.tasks.filter((task) => task.status !== 'done') };
  }
}

export async function fetchTasks(projectId: string, signal?: AbortSignal): Promise<Task[]> {
  const response = await fetch(`${API_BASE_URL}/tasks?projectId=${projectId}&sort=title&limit=100`, { signal });
  if (!response.ok) throw new Error(`GET /tasks answered ${response.status}`);
  return ((await response.json()) as ListResponse<Task>).items;
}
