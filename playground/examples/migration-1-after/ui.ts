import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { StatusFilter } from './filters';
import type { AppThunk } from './store';
import { fetchTasks } from './tasks';

export interface UiState {
  selectedProjectId: string | null;
  statusFilter: StatusFilter;
}

const initialState: UiState = { selectedProjectId: null, statusFilter: 'all' };

export const uiSlice = createSlice({
  name: 'ui',
  initialState,
  reducers: {
    projectSelected(state, action: PayloadAction<string>) {
      state.selectedProjectId = action.payload;
    },
    statusFilterChanged(state, action: PayloadAction<StatusFilter>) {
      state.statusFilter = action.payload;
    },
  },
});

export const { projectSelected, statusFilterChanged } = uiSlice.actions;

/** Shows a project: selects it and loads its tasks. */
export function openProject(projectId: string): AppThunk {
  return async (dispatch) => {
    dispatch(projectSelected(projectId));
    await dispatch(fetchTasks(projectId));
  };
}
