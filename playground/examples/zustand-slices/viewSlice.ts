import type { StateCreator } from 'zustand';
import type { TaskStatus } from '@/mocks/browser';
import type { Workspace, WorkspaceMutators } from './store';

export type Filter = 'all' | 'open' | 'done';
export type Density = 'comfortable' | 'compact';

export interface ViewSlice {
  filter: Filter;
  density: Density;
  setFilter: (filter: Filter) => void;
  setDensity: (density: Density) => void;
}

export const createViewSlice: StateCreator<Workspace, WorkspaceMutators, [], ViewSlice> = (set) => ({
  filter: 'all',
  density: 'comfortable',
  // With immer, `set` takes a recipe that changes a draft.
  setFilter: (filter) =>
    set((state) => {
      state.filter = filter;
    }),
  setDensity: (density) =>
    set((state) => {
      state.density = density;
    }),
});

export const matchesFilter = (filter: Filter, status: TaskStatus) =>
  filter === 'all' || (filter === 'done') === (status === 'done');
