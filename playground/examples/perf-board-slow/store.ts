import { configureStore, createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { Project } from '@/mocks/browser';

const projectsSlice = createSlice({
  name: 'projects',
  initialState: { list: [] as Project[], selected: null as Project | null },
  reducers: {
    loaded(state, action: PayloadAction<Project[]>) {
      state.list = action.payload;
    },
    // A copy of the project: renaming it in `list` leaves this one stale.
    selected(state, action: PayloadAction<Project>) {
      state.selected = action.payload;
    },
  },
});

const notesSlice = createSlice({
  name: 'notes',
  initialState: { text: '' },
  reducers: {
    noteChanged(state, action: PayloadAction<string>) {
      state.text = action.payload;
    },
  },
});

export const { loaded, selected } = projectsSlice.actions;
export const { noteChanged } = notesSlice.actions;

export function makeStore(storage: Pick<Storage, 'setItem'> = localStorage) {
  const store = configureStore({ reducer: { projects: projectsSlice.reducer, notes: notesSlice.reducer } });
  // Saves the notes after every action, keystrokes included.
  store.subscribe(() => storage.setItem('notes', JSON.stringify(store.getState().notes)));
  return store;
}

export type AppStore = ReturnType<typeof makeStore>;
export type RootState = ReturnType<AppStore['getState']>;
