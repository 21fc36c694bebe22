import { configureStore } from '@reduxjs/toolkit';
import { useDispatch, useSelector } from 'react-redux';
import { tasksApi } from './tasksApi';
import { uiSlice } from './ui';

export function makeStore() {
  return configureStore({
    reducer: { ui: uiSlice.reducer, [tasksApi.reducerPath]: tasksApi.reducer },
    // The api middleware runs the cache: subscriptions, one request for many subscribers, cache lifetimes.
    middleware: (getDefaultMiddleware) => getDefaultMiddleware().concat(tasksApi.middleware),
  });
}

export type AppStore = ReturnType<typeof makeStore>;
export type RootState = ReturnType<AppStore['getState']>;
export type AppDispatch = AppStore['dispatch'];

export const useAppDispatch = useDispatch.withTypes<AppDispatch>();
export const useAppSelector = useSelector.withTypes<RootState>();
