import { useSyncExternalStore } from 'react';

/** The site's narrow-screen breakpoint (as in playground.css): below it the panel shows tabs. */
export const NARROW_QUERY = '(max-width: 50rem)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Whether the screen is narrow (follows resizes and rotations). */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW_QUERY).matches,
    () => false,
  );
}
