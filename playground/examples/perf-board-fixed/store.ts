import { configureStore, createSelector, createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { Project } from '@/mocks/browser';

const projectsSlice = createSlice({
  name: 'projects',
  initialState: { list: [] as Project[], selectedId: null as string | null },
  reducers: {
    loaded(state, action: PayloadAction<Project[]>) {
      state.list = action.payload;
    },
    // The id only: the project itself stays in one place.
    selected(state, action: PayloadAction<string>) {
      state.selectedId = action.payload;
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

type State = { projects: ReturnType<typeof projectsSlice.reducer>; notes: ReturnType<typeof notesSlice.reducer> };

// Recomputed only when the list changes: the same array otherwise, so no re-render.
export const selectOpenProjects = createSelector([(state: State) => state.projects.list], (list) => list.filter((p) => p.status !== 'archived'));

export const selectSelectedProject = (state: State) => state.projects.list.find((p) => p.id === state.projects.selectedId) ?? null;

/** Saves the notes at most once per `waitMs`, and once more after the last change. */
export function makeStore(storage: Pick<Storage, 'setItem'> = localStorage, waitMs = 1_000) {
  const store = configureStore({ reducer: { projects: projectsSlice.reducer, notes: notesSlice.reducer } });
  let saved = store.getState().notes;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    timer = undefined;
    saved = store.getState().notes;
    storage.setItem('notes', JSON.stringify(saved));
  };
  store.subscribe(() => {
    if (store.getState().notes !== saved && timer === undefined) timer = setTimeout(save, waitMs);
  });
  return store;
}

export type AppStore = ReturnType<typeof makeStore>;
export type RootState = ReturnType<AppStore['getState']>;
