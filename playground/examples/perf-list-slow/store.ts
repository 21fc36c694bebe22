import { configureStore, createSlice, current, type PayloadAction } from '@reduxjs/toolkit';
import { makeTasks, type Task } from './tasks';

// "Fix search 2" before "Fix search 10": a numeric comparison of the titles.
function sortByTitle(tasks: Task[]): Task[] {
  return [...tasks].sort((a, b) => a.title.localeCompare(b.title, undefined, { numeric: true }));
}

const tasksSlice = createSlice({
  name: 'tasks',
  initialState: () => {
    const list = makeTasks();
    return { list, sorted: sortByTitle(list), past: [] as Task[][] };
  },
  reducers: {
    toggled(state, action: PayloadAction<number>) {
      // A copy of the whole list for Undo, on every toggle.
      state.past.push(current(state.list));
      const task = state.list.find((t) => t.id === action.payload);
      if (task) task.done = !task.done;
      // The sorted view is kept in state and sorted again on every toggle.
      state.sorted = sortByTitle(state.list);
    },
    undone(state) {
      const previous = state.past.pop();
      if (!previous) return;
      state.list = previous;
      state.sorted = sortByTitle(previous);
    },
  },
});

export const { toggled, undone } = tasksSlice.actions;

export function makeStore() {
  return configureStore({ reducer: { tasks: tasksSlice.reducer } });
}

export type AppStore = ReturnType<typeof makeStore>;
export type RootState = ReturnType<AppStore['getState']>;
