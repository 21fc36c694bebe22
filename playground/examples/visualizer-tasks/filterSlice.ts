import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { TaskStatus } from '@/mocks/types';

export type StatusFilter = TaskStatus | 'all';

/** Client state: which tasks the reader wants to see. */
export const filterSlice = createSlice({
  name: 'filter',
  initialState: { status: 'all' as StatusFilter },
  reducers: {
    statusChanged(state, action: PayloadAction<StatusFilter>) {
      state.status = action.payload;
    },
  },
});

export const { statusChanged } = filterSlice.actions;
