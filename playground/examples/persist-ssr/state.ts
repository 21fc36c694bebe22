import { configureStore, createSlice, type PayloadAction } from '@reduxjs/toolkit';
import { atom } from 'jotai';
import { createContext } from 'react';

/** True while rendering on the server, where there is no browser storage (in an app: `typeof window === 'undefined'`). */
export const RenderingOnServer = createContext(false);

export interface User {
  name: string;
}
export interface Project {
  id: string;
  name: string;
}

// Jotai: the signed-in user, known to the server from the session.
export const userAtom = atom<User | null>(null);
userAtom.debugLabel = 'user';

// Redux: the board's filter, from the URL the server was asked for.
const boardSlice = createSlice({
  name: 'board',
  initialState: { filter: 'all' as 'all' | 'active' },
  reducers: {
    filterChanged(state, action: PayloadAction<'all' | 'active'>) {
      state.filter = action.payload;
    },
  },
});
export const { filterChanged } = boardSlice.actions;
export type BoardState = { board: ReturnType<typeof boardSlice.reducer> };

export function makeStore(preloadedState?: BoardState) {
  return configureStore({ reducer: { board: boardSlice.reducer }, preloadedState });
}

// TanStack Query: the projects, fetched by the server before it rendered.
export const projectsQuery = { queryKey: ['projects'], queryFn: async (): Promise<Project[]> => [] };
