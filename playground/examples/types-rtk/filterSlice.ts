import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { ProjectStatus } from '@/mocks/browser';

export type StatusFilter = ProjectStatus | 'all';

export const filterSlice = createSlice({
  name: 'filter',
  initialState: { status: 'all' as StatusFilter },
  reducers: {
    statusFilterChanged(state, action: PayloadAction<StatusFilter>) {
      state.status = action.payload;
    },
  },
  selectors: {
    selectStatusFilter: (state) => state.status,
  },
});

export const { statusFilterChanged } = filterSlice.actions;
export const { selectStatusFilter } = filterSlice.selectors;
