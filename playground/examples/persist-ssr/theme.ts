import { useContext, useEffect, useState } from 'react';
import { RenderingOnServer } from './state';

export type Theme = 'light' | 'dark';

/**
 * The saved theme. The server has no storage, so it renders the default; the first client
 * render must produce the same HTML, so it renders the default too, and the saved theme is
 * applied in an effect, after hydration.
 */
export function useSavedTheme(): [Theme, (theme: Theme) => void] {
  const onServer = useContext(RenderingOnServer);
  const [theme, setTheme] = useState<Theme>('light');
  useEffect(() => {
    if (onServer) return;
    const saved = localStorage.getItem('theme');
    if (saved === 'light' || saved === 'dark') setTheme(saved);
  }, [onServer]);
  const save = (next: Theme) => {
    localStorage.setItem('theme', next);
    setTheme(next);
  };
  return [theme, save];
}
