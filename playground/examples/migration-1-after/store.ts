import { configureStore, type ThunkAction, type UnknownAction } from '@reduxjs/toolkit';
import { projectsSlice } from './projects';
import { tasksSlice } from './tasks';
import { uiSlice } from './ui';

// The thunk middleware comes with configureStore, and so do checks that catch a reducer
// mutating state or a non-serializable value in an action (in development only).
export function makeStore() {
  return configureStore({
    reducer: { projects: projectsSlice.reducer, tasks: tasksSlice.reducer, ui: uiSlice.reducer },
  });
}

export type AppStore = ReturnType<typeof makeStore>;
export type RootState = ReturnType<AppStore['getState']>;
export type AppDispatch = AppStore['dispatch'];
export type AppThunk<R = Promise<void>> = ThunkAction<R, RootState, unknown, UnknownAction>;
