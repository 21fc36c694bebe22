import { createListenerMiddleware } from '@reduxjs/toolkit';
import { fetchProjectStats } from './statsSlice';
import type { AppDispatch, RootState } from './store';
import { saveTaskStatus, STATUS_FILTER_KEY, statusFilterChanged } from './tasksSlice';

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

// The stats are derived on the server: refetch them after a task changes.
startAppListening({
  actionCreator: saveTaskStatus.fulfilled,
  effect: async (action, listenerApi) => {
    // A newer change cancels this run while it waits: a debounce in two lines.
    listenerApi.cancelActiveListeners();
    await listenerApi.delay(STATS_REFRESH_DELAY_MS);
    await listenerApi.dispatch(fetchProjectStats(action.payload.projectId));
  },
});
