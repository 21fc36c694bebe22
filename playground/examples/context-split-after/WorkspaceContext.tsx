import { createContext, use, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { User } from '@/mocks/browser';
import { fetchMe } from './api';

export type Theme = 'light' | 'dark';

// One context per rate of change. A keystroke changes SearchContext's value only, so only
// the components that read the search render.
const UserContext = createContext<User | null>(null);
const ThemeContext = createContext<{ theme: Theme; setTheme: (theme: Theme) => void } | null>(null);
const SearchContext = createContext<{ search: string; setSearch: (search: string) => void } | null>(null);

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [theme, setTheme] = useState<Theme>('light');
  const [search, setSearch] = useState('');
  useEffect(() => {
    fetchMe().then(setUser, () => setUser(null));
  }, []);
  const themeValue = useMemo(() => ({ theme, setTheme }), [theme]);
  const searchValue = useMemo(() => ({ search, setSearch }), [search]);
  return (
    <UserContext value={user}>
      <ThemeContext value={themeValue}>
        <SearchContext value={searchValue}>{children}</SearchContext>
      </ThemeContext>
    </UserContext>
  );
}

/** The signed-in user, or null while `GET /me` loads. */
export function useUser(): User | null {
  return use(UserContext);
}

export function useTheme() {
  const value = use(ThemeContext);
  if (!value) throw new Error('useTheme must be used inside <WorkspaceProvider>');
  return value;
}

export function useSearch() {
  const value = use(SearchContext);
  if (!value) throw new Error('useSearch must be used inside <WorkspaceProvider>');
  return value;
}
