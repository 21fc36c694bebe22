import { combineSlices, configureStore } from '@reduxjs/toolkit';
import { useSelector } from 'react-redux';
import { connectionSlice } from './connectionSlice';
import { tasksApi } from './tasksApi';

// An api has a reducerPath and a reducer, like a slice: combineSlices takes both.
const rootReducer = combineSlices(connectionSlice, tasksApi);

/** A fresh store: one per app (and one per test). */
export function makeStore() {
  return configureStore({
    reducer: rootReducer,
    middleware: (getDefaultMiddleware) => getDefaultMiddleware().concat(tasksApi.middleware),
  });
}

export type AppStore = ReturnType<typeof makeStore>;
export type RootState = ReturnType<typeof rootReducer>;

export const useAppSelector = useSelector.withTypes<RootState>();
