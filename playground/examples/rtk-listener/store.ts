import { combineSlices, configureStore } from '@reduxjs/toolkit';
import { useDispatch, useSelector } from 'react-redux';
import { filterSlice } from './filterSlice';
import { listenerMiddleware } from './listeners';
import { tasksApi } from './tasksApi';

const rootReducer = combineSlices(filterSlice, tasksApi);

/** A fresh store: one per app (and one per test). */
export function makeStore() {
  return configureStore({
    reducer: rootReducer,
    // The listener middleware prepended, as the RTK docs advise: ahead of the serializability
    // check, which would otherwise complain about the functions inside `addListener` actions.
    // The api middleware runs RTK Query's cache.
    middleware: (getDefaultMiddleware) => getDefaultMiddleware().prepend(listenerMiddleware.middleware).concat(tasksApi.middleware),
  });
}

export type AppStore = ReturnType<typeof makeStore>;
export type RootState = ReturnType<typeof rootReducer>;
export type AppDispatch = AppStore['dispatch'];

export const useAppDispatch = useDispatch.withTypes<AppDispatch>();
export const useAppSelector = useSelector.withTypes<RootState>();
