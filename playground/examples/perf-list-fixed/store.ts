import { configureStore, createEntityAdapter, createSlice, type PayloadAction } from '@reduxjs/toolkit';
import { makeTasks, type Task } from './tasks';

/** Undo keeps the last 50 toggles, as ids: a toggle is its own inverse. */
export const UNDO_LIMIT = 50;

// One collator for every comparison ("Fix search 2" before "Fix search 10").
const byTitle = new Intl.Collator(undefined, { numeric: true }).compare;

const tasksAdapter = createEntityAdapter<Task>();

const tasksSlice = createSlice({
  name: 'tasks',
  // Sorted once, when the tasks arrive: a toggle changes no title, so the order stays.
  initialState: () =>
    tasksAdapter.setAll(
      tasksAdapter.getInitialState({ past: [] as number[] }),
      makeTasks().sort((a, b) => byTitle(a.title, b.title)),
    ),
  reducers: {
    // A lookup by id and one field changed: the same cost for ten tasks or ten thousand.
    toggled(state, action: PayloadAction<number>) {
      const task = state.entities[action.payload];
      if (!task) return;
      task.done = !task.done;
      state.past.push(task.id);
      if (state.past.length > UNDO_LIMIT) state.past.shift();
    },
    undone(state) {
      const id = state.past.pop();
      const task = id === undefined ? undefined : state.entities[id];
      if (task) task.done = !task.done;
    },
  },
});

export const { toggled, undone } = tasksSlice.actions;

export function makeStore() {
  return configureStore({ reducer: { tasks: tasksSlice.reducer } });
}

export type AppStore = ReturnType<typeof makeStore>;
export type RootState = ReturnType<AppStore['getState']>;

export const { selectIds: selectTaskIds, selectById: selectTaskById } = tasksAdapter.getSelectors((state: RootState) => state.tasks);
export const selectDoneCount = (state: RootState) => state.tasks.ids.filter((id) => state.tasks.entities[id]!.done).length;
