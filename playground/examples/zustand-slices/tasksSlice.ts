import type { StateCreator } from 'zustand';
import { API_BASE_URL, type ListResponse, type Task } from '@/mocks/browser';
import type { Workspace, WorkspaceMutators } from './store';

export interface TasksSlice {
  tasks: Task[];
  loading: boolean;
  error: string | null;
  loadTasks: (projectId: string) => Promise<void>;
  setDone: (taskId: string, done: boolean) => Promise<void>;
}

export const createTasksSlice: StateCreator<Workspace, WorkspaceMutators, [], TasksSlice> = (set, get) => ({
  tasks: [],
  loading: true,
  error: null,
  loadTasks: async (projectId) => {
    set({ loading: true, error: null }, undefined, 'tasks/load/pending');
    try {
      const response = await fetch(`${API_BASE_URL}/tasks?projectId=${projectId}&sort=title&limit=100`);
      if (!response.ok) throw new Error(`GET /tasks answered ${response.status}`);
      const { items } = (await response.json()) as ListResponse<Task>;
      set({ tasks: items, loading: false }, undefined, 'tasks/load/fulfilled');
    } catch (error) {
      set({ loading: false, error: `Could not load the tasks: ${(error as Error).message}` }, undefined, 'tasks/load/rejected');
    }
  },
  // Optimistic: the checkbox changes at once. The server's answer replaces the task, or the
  // old task comes back. The immer recipes change one task in place; immer copies the rest.
  setDone: async (taskId, done) => {
    const before = get().tasks.find((task) => task.id === taskId);
    if (!before) return;
    const put = (task: Task) => (state: Workspace) => {
      const index = state.tasks.findIndex((t) => t.id === taskId);
      if (index !== -1) state.tasks[index] = task;
    };
    set((state) => {
      const task = state.tasks.find((t) => t.id === taskId)!;
      task.status = done ? 'done' : 'todo';
      state.error = null;
    }, undefined, 'tasks/setDone/optimistic');
    try {
      const response = await fetch(`${API_BASE_URL}/tasks/${taskId}`, {
        method: 'PATCH',
        body: JSON.stringify({ version: before.version, status: done ? 'done' : 'todo' }),
      });
      if (response.status === 409) {
        const { current } = (await response.json()) as { current: Task };
        set((state) => {
          put(current)(state);
          state.error = `“${before.title}” was changed by someone else; this is their version.`;
        }, undefined, 'tasks/setDone/conflict');
        return;
      }
      if (!response.ok) throw new Error(`PATCH /tasks/${taskId} answered ${response.status}`);
      set(put((await response.json()) as Task), undefined, 'tasks/setDone/fulfilled');
    } catch (error) {
      set((state) => {
        put(before)(state);
        state.error = `Could not save “${before.title}”: ${(error as Error).message}`;
      }, undefined, 'tasks/setDone/rolledBack');
    }
  },
});
