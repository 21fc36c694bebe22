import { configureStore } from '@reduxjs/toolkit';
import { useDispatch, useSelector } from 'react-redux';
import { projectsSlice } from './projectsSlice';
import { tasksSlice } from './tasksSlice';

/** A fresh store: one per app (and one per test). */
export function makeStore() {
  return configureStore({
    reducer: {
      [projectsSlice.reducerPath]: projectsSlice.reducer,
      [tasksSlice.reducerPath]: tasksSlice.reducer,
    },
  });
}

export type AppStore = ReturnType<typeof makeStore>;
export type RootState = ReturnType<AppStore['getState']>;
export type AppDispatch = AppStore['dispatch'];

export const useAppDispatch = useDispatch.withTypes<AppDispatch>();
export const useAppSelector = useSelector.withTypes<RootState>();
