import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import { useQuery } from '@tanstack/react-query';
import { useSelector } from 'react-redux';
import type { Project } from '@/mocks/browser';
import type { StatusFilter } from './filters';
import { projectsQuery } from './queries';

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
  selectors: {
    selectSelectedProjectId: (state) => state.selectedProjectId,
    selectStatusFilter: (state) => state.statusFilter,
  },
});

export const { projectSelected, statusFilterChanged } = uiSlice.actions;
export const { selectSelectedProjectId, selectStatusFilter } = uiSlice.selectors;

/** The project the user picked, or else the first one. */
export function findSelectedProject(projects: Project[] | undefined, selectedProjectId: string | null): Project | undefined {
  return projects?.find((project) => project.id === selectedProjectId) ?? projects?.[0];
}

/** The project the list shows. Nothing stores "the first project": it follows from the cached list. */
export function useSelectedProject(): Project | undefined {
  const { data: projects } = useQuery(projectsQuery());
  return findSelectedProject(projects, useSelector(selectSelectedProjectId));
}
