import { createListenerMiddleware } from '@reduxjs/toolkit';
import { STATUS_FILTER_KEY, statusFilterChanged } from './filterSlice';
import type { AppDispatch, RootState } from './store';
import { tasksApi } from './tasksApi';

/** Wait this long after a task change before refetching stats, so a burst of edits costs one request. */
export const STATS_REFRESH_DELAY_MS = 1000;

export const listenerMiddleware = createListenerMiddleware();
const startAppListening = listenerMiddleware.startListening.withTypes<RootState, AppDispatch>();

// Remember the filter across reloads. The reducer stays pure; the write happens here.
startAppListening({
  actionCreator: statusFilterChanged,
  effect: (action) => {
    localStorage.setItem(STATUS_FILTER_KEY, action.payload);
  },
});

// The stats are derived on the server: refetch them after a task is saved. RTK Query's own
// actions are actions like any other; `matchFulfilled` matches a successful save.
startAppListening({
  matcher: tasksApi.endpoints.updateTaskStatus.matchFulfilled,
  effect: async (action, listenerApi) => {
    // A newer save cancels this run while it waits: a debounce in two lines.
    listenerApi.cancelActiveListeners();
    await listenerApi.delay(STATS_REFRESH_DELAY_MS);
    listenerApi.dispatch(tasksApi.util.invalidateTags([{ type: 'ProjectStats', id: action.payload.projectId }]));
  },
});
