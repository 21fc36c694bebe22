import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'jotai/vanilla';
import { RESET, createJSONStorage } from 'jotai/utils';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { searchAtom, visibleCountAtom, visibleProjectsAtom } from './atoms';
import { atomWithPreference, isStarredAtom, starredCountAtom, starredIdsAtom, type Density } from './preferences';

type Store = ReturnType<typeof createStore>;

/**
 * A string storage in memory, standing in for localStorage. `subscribe` is what
 * `createJSONStorage` listens to for writes from elsewhere (in a browser: the `storage` event);
 * `writeFromAnotherTab` plays such a write.
 */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const listeners = new Set<{ key: string; callback: (value: string | null) => void }>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    subscribe(key: string, callback: (value: string | null) => void) {
      const listener = { key, callback };
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    writeFromAnotherTab(key: string, value: string) {
      items.set(key, value);
      for (const listener of listeners) if (listener.key === key) listener.callback(value);
    },
  };
}

const isDensity = (value: unknown): value is Density => value === 'comfortable' || value === 'compact';
const densityIn = (strings: ReturnType<typeof memoryStorage>) =>
  atomWithPreference<Density>('projects.density', 'comfortable', isDensity, createJSONStorage<Density>(() => strings));

describe('atomWithPreference (atomWithStorage)', () => {
  it('starts from the default when nothing is stored, and stores each change as JSON', () => {
    const strings = memoryStorage();
    const store = createStore();
    const density = densityIn(strings);
    expect(store.get(density)).toBe('comfortable');
    store.set(density, 'compact');
    expect(store.get(density)).toBe('compact');
    expect(strings.items.get('projects.density')).toBe('"compact"');
  });

  it('starts from the stored value after a reload (a new atom and a new store over the same storage)', () => {
    const strings = memoryStorage();
    createStore().set(densityIn(strings), 'compact');
    const afterReload = densityIn(strings);
    expect(createStore().get(afterReload)).toBe('compact');
  });

  it.each([
    ['a value this version doesn’t know', '"huge"'],
    ['something that isn’t JSON', 'compact'],
    ['the wrong type', '42'],
  ])('reads the default when storage holds %s', (_case, stored) => {
    const store = createStore();
    expect(store.get(densityIn(memoryStorage({ 'projects.density': stored })))).toBe('comfortable');
  });

  it('takes a valid value another tab writes, and reads an invalid one as the default', () => {
    const strings = memoryStorage();
    const store = createStore();
    const density = densityIn(strings);
    const unsubscribe = store.sub(density, () => {}); // mounted, as while a component shows it
    strings.writeFromAnotherTab('projects.density', '"compact"');
    expect(store.get(density)).toBe('compact');
    strings.writeFromAnotherTab('projects.density', '"huge"');
    expect(store.get(density)).toBe('comfortable');
    strings.writeFromAnotherTab('projects.density', '"compact"');
    strings.writeFromAnotherTab('projects.density', 'not JSON');
    expect(store.get(density)).toBe('comfortable');
    unsubscribe();
  });

  it('forgets the stored value on RESET', () => {
    const strings = memoryStorage({ 'projects.density': '"compact"' });
    const store = createStore();
    const density = densityIn(strings);
    store.set(density, RESET);
    expect(store.get(density)).toBe('comfortable');
    expect(strings.items.has('projects.density')).toBe(false);
  });
});

describe('stars: one atom per project', () => {
  let store: Store;
  beforeEach(() => {
    store = createStore();
  });

  it('gives the same atom for the same project id', () => {
    expect(isStarredAtom('proj_01')).toBe(isStarredAtom('proj_01'));
    expect(isStarredAtom('proj_01')).not.toBe(isStarredAtom('proj_02'));
  });

  it('notifies only the starred project’s subscribers and the count, not the other rows', () => {
    const rows = ['proj_01', 'proj_02', 'proj_03'].map((id) => {
      const listener = vi.fn();
      store.sub(isStarredAtom(id), listener);
      return listener;
    });
    const count = vi.fn();
    store.sub(starredCountAtom, count);

    store.set(isStarredAtom('proj_02'));
    expect(store.get(starredIdsAtom)).toEqual(['proj_02']);
    expect(rows.map((listener) => listener.mock.calls.length)).toEqual([0, 1, 0]);
    expect(count).toHaveBeenCalledTimes(1);

    store.set(isStarredAtom('proj_02'));
    expect(store.get(isStarredAtom('proj_02'))).toBe(false);
    expect(rows.map((listener) => listener.mock.calls.length)).toEqual([0, 2, 0]);
    expect(store.get(starredCountAtom)).toBe(0);
  });
});

describe('search over the projects from GET /projects', () => {
  let backend: MockBackend;
  let store: Store;
  beforeEach(() => {
    backend = startMockBackend();
    store = createStore();
  });
  afterEach(() => backend.stop());

  const loaded = () =>
    vi.waitFor(() => {
      const projects = store.get(visibleProjectsAtom);
      if (!projects) throw new Error('still loading');
      return projects;
    });

  it('is undefined while loading, then lists every project by name', async () => {
    expect(store.get(visibleProjectsAtom)).toBeUndefined();
    expect(store.get(visibleCountAtom)).toBe(0);
    const projects = await loaded();
    expect(projects[0]!.name).toBe('Accessibility Cleanup');
    expect(store.get(visibleCountAtom)).toBe(24);
  });

  it('filters by name, and the count notifies only when the number changes', async () => {
    await loaded();
    const list = vi.fn();
    const count = vi.fn();
    store.sub(visibleProjectsAtom, list);
    store.sub(visibleCountAtom, count);
    store.set(searchAtom, 'pilot');
    expect(store.get(visibleProjectsAtom)!.map((project) => project.name)).toEqual([
      'Billing Pilot',
      'Notifications Pilot',
      'Search Pilot',
    ]);
    expect(count).toHaveBeenCalledTimes(1);
    // Same three projects, a new array: the list hears about it, the count (still 3) doesn't.
    store.set(searchAtom, 'Pilot ');
    expect(list).toHaveBeenCalledTimes(2);
    expect(count).toHaveBeenCalledTimes(1);
  });
});
