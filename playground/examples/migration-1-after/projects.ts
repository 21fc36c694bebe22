import { createAsyncThunk, createSlice } from '@reduxjs/toolkit';
import type { Project } from '@/mocks/browser';
import { fetchProjects } from './api';
import type { AppThunk, RootState } from './store';
import { openProject } from './ui';

export interface ProjectsState {
  items: Project[];
  loading: boolean;
  loaded: boolean;
  error: string | null;
}

const initialState: ProjectsState = { items: [], loading: false, loaded: false, error: null };

// `condition` is the old early return: when it says false, nothing is dispatched.
const fetchProjectsOnce = createAsyncThunk('projects/fetch', () => fetchProjects(), {
  condition: (_arg, { getState }) => {
    const { loading, loaded } = (getState() as RootState).projects;
    return !loading && !loaded;
  },
});

export const projectsSlice = createSlice({
  name: 'projects',
  initialState,
  reducers: {},
  extraReducers: (builder) => {
    builder
      .addCase(fetchProjectsOnce.pending, (state) => {
        state.loading = true;
        state.error = null;
      })
      .addCase(fetchProjectsOnce.fulfilled, (state, action) => {
        state.loading = false;
        state.loaded = true;
        state.items = action.payload;
      })
      .addCase(fetchProjectsOnce.rejected, (state, action) => {
        state.loading = false;
        state.error = action.error.message ?? 'Could not load the projects';
      });
  },
});

/** Loads the projects once, then opens the first one unless one is open already. */
export function loadProjects(): AppThunk {
  return async (dispatch, getState) => {
    const result = await dispatch(fetchProjectsOnce());
    if (!fetchProjectsOnce.fulfilled.match(result)) return;
    const first = result.payload[0];
    if (first && getState().ui.selectedProjectId === null) await dispatch(openProject(first.id));
  };
}
