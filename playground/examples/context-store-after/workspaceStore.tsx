import { createContext, use, useEffect, useState, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { devtools } from 'zustand/middleware';
import type { User } from '@/mocks/browser';
import { fetchMe } from './api';

export type Theme = 'light' | 'dark';

export interface Workspace {
  user: User | null;
  theme: Theme;
  search: string;
  setTheme: (theme: Theme) => void;
  setSearch: (search: string) => void;
  loadUser: () => Promise<void>;
}

/** A store per workspace: created by the provider, so two workspaces on a page don't share it. */
export const createWorkspaceStore = () =>
  createStore<Workspace>()(
    devtools((set) => ({
      user: null,
      theme: 'light',
      search: '',
      setTheme: (theme) => set({ theme }),
      setSearch: (search) => set({ search }),
      loadUser: async () => {
        const user = await fetchMe().catch(() => null);
        // After the await: named here, or the timeline could not tell which action this was.
        set({ user }, undefined, 'loadUser/done');
      },
    })),
  );

// The context carries the store, which never changes: the provider renders once, and each
// component subscribes to the part of the state it selects.
const WorkspaceStoreContext = createContext<StoreApi<Workspace> | null>(null);

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createWorkspaceStore);
  useEffect(() => {
    void store.getState().loadUser();
  }, [store]);
  return <WorkspaceStoreContext value={store}>{children}</WorkspaceStoreContext>;
}

export function useWorkspace<T>(selector: (state: Workspace) => T): T {
  const store = use(WorkspaceStoreContext);
  if (!store) throw new Error('useWorkspace must be used inside <WorkspaceProvider>');
  return useStore(store, selector);
}
