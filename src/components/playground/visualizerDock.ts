import { useSyncExternalStore } from 'react';

/** Where the visualizer sits: under the editor and preview, or in a column beside the preview. */
export type VisualizerDock = 'below' | 'beside';

export const DOCK_STORAGE_KEY = 'statelab:visualizer-dock';
/** Tells the other playgrounds of the page that the choice changed (`storage` only fires in other tabs). */
const CHANGE_EVENT = 'statelab:visualizer-dock';

export function readDock(storage: Pick<Storage, 'getItem'>): VisualizerDock {
  try {
    return storage.getItem(DOCK_STORAGE_KEY) === 'beside' ? 'beside' : 'below';
  } catch {
    return 'below';
  }
}

/** Remembers the choice for every playground, on this page and the next. */
export function setDock(dock: VisualizerDock) {
  try {
    localStorage.setItem(DOCK_STORAGE_KEY, dock);
  } catch {
    // Storage disabled: the choice holds until the page is left.
  }
  memory = dock;
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

let memory: VisualizerDock | undefined;

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== DOCK_STORAGE_KEY) return;
    memory = undefined;
    onChange();
  };
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener('storage', onStorage);
  };
}

/** The reader's dock choice, the same in every playground; `below` until hydrated. */
export function useVisualizerDock(): VisualizerDock {
  return useSyncExternalStore(
    subscribe,
    () => (memory ??= readDock(localStorage)),
    () => 'below',
  );
}
