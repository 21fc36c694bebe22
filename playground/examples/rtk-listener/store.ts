import { combineSlices, configureStore } from '@reduxjs/toolkit';
import { useDispatch, useSelector } from 'react-redux';
import { listenerMiddleware } from './listeners';
import { statsSlice } from './statsSlice';
import { tasksSlice } from './tasksSlice';

const rootReducer = combineSlices(tasksSlice, statsSlice);

/** A fresh store: one per app (and one per test). */
export function makeStore() {
  return configureStore({
    reducer: rootReducer,
    // Prepended, as the RTK docs advise: ahead of the serializability check, which would
    // otherwise complain about the functions inside `addListener` actions.
    middleware: (getDefaultMiddleware) => getDefaultMiddleware().prepend(listenerMiddleware.middleware),
  });
}

export type RootState = ReturnType<typeof rootReducer>;
export type AppDispatch = ReturnType<typeof makeStore>['dispatch'];

export const useAppDispatch = useDispatch.withTypes<AppDispatch>();
export const useAppSelector = useSelector.withTypes<RootState>();
