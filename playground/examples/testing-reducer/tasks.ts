export interface Task {
  id: number;
  title: string;
  done: boolean;
}

export interface TasksState {
  tasks: Task[];
  filter: 'all' | 'open' | 'done';
}

export type TasksAction =
  | { type: 'added'; title: string }
  | { type: 'toggled'; id: number }
  | { type: 'removed'; id: number }
  | { type: 'filterChanged'; filter: TasksState['filter'] };

export const initialState: TasksState = {
  tasks: [
    { id: 1, title: 'Write the reducer', done: true },
    { id: 2, title: 'Test the reducer', done: false },
    { id: 3, title: 'Ship it', done: false },
  ],
  filter: 'all',
};

export function tasksReducer(state: TasksState, action: TasksAction): TasksState {
  switch (action.type) {
    case 'added': {
      const title = action.title.trim();
      if (!title) return state;
      const id = Math.max(0, ...state.tasks.map((t) => t.id)) + 1;
      return { ...state, tasks: [...state.tasks, { id, title, done: false }] };
    }
    case 'toggled':
      return { ...state, tasks: state.tasks.map((t) => (t.id === action.id ? { ...t, done: !t.done } : t)) };
    case 'removed':
      return { ...state, tasks: state.tasks.filter((t) => t.id !== action.id) };
    case 'filterChanged':
      return { ...state, filter: action.filter };
  }
}

export function selectVisibleTasks(state: TasksState): Task[] {
  if (state.filter === 'all') return state.tasks;
  return state.tasks.filter((t) => (state.filter === 'done' ? t.done : !t.done));
}

export function selectOpenCount(state: TasksState): number {
  return state.tasks.filter((t) => !t.done).length;
}
