import { create } from 'zustand';
import { devtools } from 'zustand/middleware';
import { API_BASE_URL, type ListResponse, type Task } from '@/mocks/browser';

export const PROJECT_ID = 'proj_01';

interface TaskState {
  tasks: Task[];
  status: 'idle' | 'pending' | 'ready' | 'failed';
  /** Why the last request failed, or why the server's copy replaced the user's change. */
  error: string | null;
  /** Tasks with a request in flight: their checkbox waits for the answer. */
  savingIds: string[];
  showDone: boolean;
  toggleShowDone: () => void;
  loadTasks: () => Promise<void>;
  setDone: (taskId: string, done: boolean) => Promise<void>;
}

/**
 * The store is a hook, and the actions live inside it next to the state they change.
 * `devtools` adds a third argument to `set`: the action's name. Without a Redux DevTools
 * extension it changes nothing else, and the names still show on the timeline.
 */
export const useTaskStore = create<TaskState>()(
  devtools((set, get) => ({
    tasks: [],
    status: 'idle',
    error: null,
    savingIds: [],
    showDone: true,

    // A synchronous action: the timeline names it after the function (`toggleShowDone`).
    toggleShowDone: () => set((state) => ({ showDone: !state.showDone })),

    // An async action names each `set` itself: after an `await`, no action is running any
    // more as far as the call stack can tell.
    loadTasks: async () => {
      set({ status: 'pending', error: null }, undefined, 'loadTasks/pending');
      try {
        const response = await fetch(`${API_BASE_URL}/tasks?projectId=${PROJECT_ID}&sort=title&limit=100`);
        if (!response.ok) throw new Error(`GET /tasks answered ${response.status}`);
        const { items } = (await response.json()) as ListResponse<Task>;
        set({ tasks: items, status: 'ready' }, undefined, 'loadTasks/fulfilled');
      } catch (error) {
        set({ status: 'failed', error: `Could not load the tasks: ${(error as Error).message}` }, undefined, 'loadTasks/rejected');
      }
    },

    setDone: async (taskId, done) => {
      const task = get().tasks.find((t) => t.id === taskId);
      if (!task || get().savingIds.includes(taskId)) return;
      set((state) => ({ savingIds: [...state.savingIds, taskId], error: null }), undefined, 'setDone/pending');
      const finish = (changes: Partial<TaskState>, tasks?: Task[]) => (state: TaskState) => ({
        ...changes,
        tasks: tasks ?? state.tasks,
        savingIds: state.savingIds.filter((id) => id !== taskId),
      });
      const replace = (saved: Task) => get().tasks.map((t) => (t.id === taskId ? saved : t));
      try {
        const response = await fetch(`${API_BASE_URL}/tasks/${taskId}`, {
          method: 'PATCH',
          body: JSON.stringify({ version: task.version, status: done ? 'done' : 'todo' }),
        });
        if (response.status === 409) {
          // Someone changed the task first: show their version, and say so.
          const { current } = (await response.json()) as { current: Task };
          set(finish({ error: `“${task.title}” was changed by someone else; this is their version.` }, replace(current)), undefined, 'setDone/conflict');
          return;
        }
        if (!response.ok) throw new Error(`PATCH /tasks/${taskId} answered ${response.status}`);
        set(finish({}, replace((await response.json()) as Task)), undefined, 'setDone/fulfilled');
      } catch (error) {
        set(finish({ error: `Could not save “${task.title}”: ${(error as Error).message}` }), undefined, 'setDone/rejected');
      }
    },
  })),
);

/** The tasks the list shows. A plain function of the state: use it inside a selector. */
export const visibleTasks = (state: Pick<TaskState, 'tasks' | 'showDone'>) =>
  state.showDone ? state.tasks : state.tasks.filter((task) => task.status !== 'done');
