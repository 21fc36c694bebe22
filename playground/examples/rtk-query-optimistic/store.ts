import { configureStore } from '@reduxjs/toolkit';
import { tasksApi } from './tasksApi';

/** A fresh store: one per app (and one per test). */
export function makeStore() {
  return configureStore({
    reducer: { [tasksApi.reducerPath]: tasksApi.reducer },
    // The api middleware runs the cache: subscriptions, invalidation, `onQueryStarted`.
    middleware: (getDefaultMiddleware) => getDefaultMiddleware().concat(tasksApi.middleware),
  });
}

export type AppStore = ReturnType<typeof makeStore>;
export type RootState = ReturnType<AppStore['getState']>;
