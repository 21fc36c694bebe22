import { configureStore } from '@reduxjs/toolkit';
import { useDispatch, useSelector } from 'react-redux';
import { boardApi } from './boardApi';
import { projectsSlice } from './projectsSlice';

/** A fresh store: one per app (and one per test). */
export function makeStore() {
  return configureStore({
    reducer: {
      [projectsSlice.reducerPath]: projectsSlice.reducer,
      [boardApi.reducerPath]: boardApi.reducer,
    },
    // The api middleware runs the cache: subscriptions, `onQueryStarted`, expiry.
    middleware: (getDefaultMiddleware) => getDefaultMiddleware().concat(boardApi.middleware),
  });
}

export type AppStore = ReturnType<typeof makeStore>;
export type RootState = ReturnType<AppStore['getState']>;
export type AppDispatch = AppStore['dispatch'];

export const useAppDispatch = useDispatch.withTypes<AppDispatch>();
export const useAppSelector = useSelector.withTypes<RootState>();
