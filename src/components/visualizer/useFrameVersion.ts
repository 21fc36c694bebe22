import { useEffect, useState } from 'react';
import type { TimelineStore } from './timelineStore.ts';

/** How long a change may wait when animation frames don't run (a background tab). */
const FALLBACK_MS = 250;

/**
 * The store's version, updated at most once per animation frame however many events arrive:
 * under a burst of thousands of events per second React renders once per frame, not per batch.
 */
export function useFrameVersion(store: TimelineStore): number {
  const [version, setVersion] = useState(store.version);
  useEffect(() => {
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      frame = 0;
      timer = undefined;
      setVersion(store.version);
    };
    const unsubscribe = store.subscribe(() => {
      if (timer !== undefined) return;
      frame = requestAnimationFrame(flush);
      timer = setTimeout(flush, FALLBACK_MS);
    });
    setVersion(store.version);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [store]);
  return version;
}
