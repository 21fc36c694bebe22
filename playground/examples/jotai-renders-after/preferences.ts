import { atom } from 'jotai';
import { atomWithStorage, createJSONStorage } from 'jotai/utils';
import { atomFamily } from 'jotai-family';

/**
 * A preference that outlives the page, kept in localStorage by default. Read once when the atom
 * is created (`getOnInit`: this app only renders in the browser, so there is no server HTML to
 * disagree with), written on every change. Storage may hold anything — a value from an older
 * version of the app, a hand edit, another tab running another version — so what fails
 * `isValid` reads as the default: when the atom reads the storage, and when another tab writes
 * to it (`subscribe`, which `createJSONStorage` feeds from the browser's `storage` event).
 */
export function atomWithPreference<T>(
  key: string,
  initialValue: T,
  isValid: (value: unknown) => value is T,
  storage = createJSONStorage<T>(),
) {
  const valid = (value: unknown, fallback: T) => (isValid(value) ? value : fallback);
  const { subscribe } = storage;
  const preferenceAtom = atomWithStorage(
    key,
    initialValue,
    {
      getItem: (itemKey, fallback) => valid(storage.getItem(itemKey, fallback), fallback),
      setItem: storage.setItem,
      removeItem: storage.removeItem,
      // Not `...storage`: that would keep the unchecked `subscribe`, and another tab's value would
      // reach the atom without passing `isValid`.
      subscribe: subscribe && ((itemKey, callback, fallback) =>
        subscribe(itemKey, (value) => callback(valid(value, fallback)), fallback)),
    },
    { getOnInit: true },
  );
  preferenceAtom.debugLabel = key;
  return preferenceAtom;
}

export type Density = 'comfortable' | 'compact';

const isDensity = (value: unknown): value is Density => value === 'comfortable' || value === 'compact';
const isIdList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((id) => typeof id === 'string');

export const densityAtom = atomWithPreference<Density>('projects.density', 'comfortable', isDensity);
export const starredIdsAtom = atomWithPreference<string[]>('projects.starred', [], isIdList);

export const starredCountAtom = atom((get) => get(starredIdsAtom).length);
starredCountAtom.debugLabel = 'starredCount';

/**
 * One boolean atom per project. All of them recompute when the starred list changes, but only
 * the one whose answer changed notifies its component: starring a project re-renders that row.
 * Writing it toggles the star.
 */
export const isStarredAtom = atomFamily((projectId: string) => {
  const projectStarredAtom = atom(
    (get) => get(starredIdsAtom).includes(projectId),
    (_get, set) =>
      set(starredIdsAtom, (ids) => (ids.includes(projectId) ? ids.filter((id) => id !== projectId) : [...ids, projectId])),
  );
  projectStarredAtom.debugLabel = `isStarred(${projectId})`;
  return projectStarredAtom;
});
