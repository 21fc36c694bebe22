import { createContext, use, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { User } from '@/mocks/browser';
import { fetchMe } from './api';

export type Theme = 'light' | 'dark';

interface Workspace {
  user: User | null;
  theme: Theme;
  setTheme: (theme: Theme) => void;
  search: string;
  setSearch: (search: string) => void;
}

// One context for the workspace. The value is memoized, correctly: it changes only when one
// of its parts does. But the search changes on every keystroke, and the user and the theme
// almost never, and each keystroke renders everything that reads any of them.
const WorkspaceContext = createContext<Workspace | null>(null);

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [theme, setTheme] = useState<Theme>('light');
  const [search, setSearch] = useState('');
  useEffect(() => {
    fetchMe().then(setUser, () => setUser(null));
  }, []);
  const value = useMemo(() => ({ user, theme, setTheme, search, setSearch }), [user, theme, search]);
  return <WorkspaceContext value={value}>{children}</WorkspaceContext>;
}

export function useWorkspace(): Workspace {
  const workspace = use(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace must be used inside <WorkspaceProvider>');
  return workspace;
}
