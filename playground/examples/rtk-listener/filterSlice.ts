import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import { TASK_STATUSES, type TaskStatus } from '@/mocks/browser';

export type StatusFilter = 'all' | TaskStatus;
export const STATUS_FILTER_KEY = 'statelab:tasks:statusFilter';

function isStatusFilter(value: string | null): value is StatusFilter {
  return value === 'all' || TASK_STATUSES.some((status) => status === value);
}

/** The filter chosen last time (the listener middleware saves it), or 'all'. */
function savedStatusFilter(): StatusFilter {
  try {
    const saved = localStorage.getItem(STATUS_FILTER_KEY);
    return isStatusFilter(saved) ? saved : 'all';
  } catch {
    // No storage here (blocked by the browser, or not a browser at all): start unfiltered.
    return 'all';
  }
}

/** Client state: which tasks the reader wants to see. The tasks themselves are server data (tasksApi). */
export const filterSlice = createSlice({
  name: 'filter',
  // A function: read once per store, when the store is created.
  initialState: () => ({ status: savedStatusFilter() }),
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
