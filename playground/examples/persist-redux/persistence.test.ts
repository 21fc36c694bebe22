import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../../../tests/unit/support/memoryStorage.ts';
import { CURRENT_VERSION, STORAGE_KEY, defaultPreferences, loadPreferences, migrate, migrations } from './preferences';
import { pinToggled, sortToggled, statusFilterChanged } from './preferencesSlice';
import { SAVE_EVERY_MS, makeStore } from './store';

const v1 = { version: 1, state: { filter: 'in-progress', sortBy: 'title' } };
const v2 = { version: 2, state: { statusFilter: 'in-progress', sort: { field: 'title', direction: 'desc' } } };
const v3 = { version: 3, state: { statusFilter: 'done', sort: { field: 'dueDate', direction: 'asc' }, pinnedProjectIds: ['proj_02'] } };

const storageWith = (raw?: string) => MemoryStorage.with(STORAGE_KEY, raw);

const backups = (storage: MemoryStorage) => storage.backupsOf(STORAGE_KEY);

describe('migration steps', () => {
  it('v1 → v2 renames filter to statusFilter and gives the sort a direction', () => {
    expect(migrations[1](v1.state)).toEqual({ statusFilter: 'in-progress', sort: { field: 'title', direction: 'asc' } });
  });

  it('v2 → v3 spells the status as the API does and adds pinned projects', () => {
    expect(migrations[2](v2.state)).toEqual({ statusFilter: 'in_progress', sort: { field: 'title', direction: 'desc' }, pinnedProjectIds: [] });
  });

  it('the chain runs every step from the saved version up to the current one', () => {
    expect(CURRENT_VERSION).toBe(3);
    expect(migrate(v1.state, 1)).toEqual({ statusFilter: 'in_progress', sort: { field: 'title', direction: 'asc' }, pinnedProjectIds: [] });
    expect(migrate(v3.state, 3)).toBe(v3.state);
  });
});

describe('loading saved preferences', () => {
  it('loads v1 data through the whole chain and says it migrated', () => {
    const result = loadPreferences(storageWith(JSON.stringify(v1)));
    expect(result).toEqual({
      status: 'loaded',
      migratedFrom: 1,
      preferences: { statusFilter: 'in_progress', sort: { field: 'title', direction: 'asc' }, pinnedProjectIds: [] },
    });
  });

  it('loads current data as it is', () => {
    expect(loadPreferences(storageWith(JSON.stringify(v3)))).toEqual({ status: 'loaded', migratedFrom: null, preferences: v3.state });
  });

  it('starts from the defaults when nothing is saved', () => {
    expect(loadPreferences(new MemoryStorage())).toEqual({ status: 'empty', preferences: defaultPreferences });
  });

  const broken: [string, string, RegExp][] = [
    ['corrupt JSON', '{"version":3,"state":{statusFilter:done}}', /not valid JSON/],
    ['a truncated value', JSON.stringify(v3).slice(0, 31), /not valid JSON/],
    ['an unknown future version', JSON.stringify({ version: 4, state: { theme: 'dark' } }), /newer version of the app \(v4; this is v3\)/],
    ['a value with no version', JSON.stringify({ statusFilter: 'done' }), /no version/],
    ['a value that migrates to something invalid', JSON.stringify({ version: 2, state: { statusFilter: 42 } }), /not valid v3 preferences/],
    ['non-ASCII garbage', '\u{1F4A5}\u0000{"ver', /not valid JSON/],
  ];

  it.each(broken)('%s: backs the original bytes up, reports it, and starts from the defaults', (_name, raw, problem) => {
    const storage = storageWith(raw);
    const result = loadPreferences(storage, () => new Date('2026-12-05T08:00:00.000Z'));
    expect(result.status).toBe('recovered');
    if (result.status !== 'recovered') return;
    expect(result.problem).toMatch(problem);
    expect(result.preferences).toEqual(defaultPreferences);
    expect(result.backupKey).toBe(`${STORAGE_KEY}.backup-2026-12-05T08:00:00.000Z`);
    expect(storage.getItem(result.backupKey!)).toBe(raw);
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
  });

  it('quota exceeded while backing up: reports it with no backup key, and leaves the original bytes alone', () => {
    const raw = JSON.stringify(v3).slice(0, 20);
    const storage = storageWith(raw);
    storage.full = true;
    const result = loadPreferences(storage);
    expect(result).toMatchObject({ status: 'recovered', backupKey: null });
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
    expect(backups(storage)).toEqual([]);
  });
});

describe('the store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes at most once per interval, with the latest state', async () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    store.dispatch(statusFilterChanged('todo'));
    store.dispatch(sortToggled('title'));
    store.dispatch(pinToggled('proj_01'));
    expect(storage.writes).toBe(0);
    await vi.advanceTimersByTimeAsync(SAVE_EVERY_MS);
    expect(storage.writes).toBe(1);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toEqual({
      version: 3,
      state: { statusFilter: 'todo', sort: { field: 'title', direction: 'asc' }, pinnedProjectIds: ['proj_01'] },
    });
    store.dispatch(statusFilterChanged('done'));
    await vi.advanceTimersByTimeAsync(SAVE_EVERY_MS);
    expect(storage.writes).toBe(2);
  });

  it('flush() writes a waiting change at once, and nothing when no change is waiting', async () => {
    const storage = storageWith(JSON.stringify(v3));
    const store = makeStore(storage);
    store.flush();
    expect(storage.writes).toBe(0);
    store.dispatch(statusFilterChanged('todo'));
    store.flush();
    expect(storage.writes).toBe(1);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).state.statusFilter).toBe('todo');
  });

  it('saves migrated data back as the current version, and shows an upgrade notice', async () => {
    const storage = storageWith(JSON.stringify(v1));
    const store = makeStore(storage);
    expect(store.getState().persistence.notice).toEqual({ kind: 'info', text: 'Your saved preferences were upgraded from v1 to v3.' });
    await vi.advanceTimersByTimeAsync(SAVE_EVERY_MS);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).version).toBe(3);
  });

  it('does not write back what it just loaded', async () => {
    const storage = storageWith(JSON.stringify(v3));
    makeStore(storage);
    await vi.advanceTimersByTimeAsync(SAVE_EVERY_MS * 2);
    expect(storage.writes).toBe(0);
  });

  it('corrupt data: the app starts from the defaults with a warning, and keeps working', async () => {
    const storage = storageWith('{"version":3,"sta');
    const store = makeStore(storage);
    expect(store.getState().preferences).toEqual(defaultPreferences);
    expect(store.getState().persistence.notice?.kind).toBe('warning');
    expect(store.getState().persistence.notice?.text).toMatch(/kept in "board\.preferences\.backup-/);
    store.dispatch(statusFilterChanged('todo'));
    await vi.advanceTimersByTimeAsync(SAVE_EVERY_MS);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).state.statusFilter).toBe('todo');
    expect(backups(storage).map(([, raw]) => raw)).toEqual(['{"version":3,"sta']);
  });

  it('quota exceeded with no backup possible: never saves over the unreadable value', async () => {
    const storage = storageWith('{"version":3,"sta');
    storage.full = true;
    const store = makeStore(storage);
    storage.full = false;
    store.dispatch(statusFilterChanged('todo'));
    await vi.advanceTimersByTimeAsync(SAVE_EVERY_MS * 2);
    store.flush();
    expect(storage.getItem(STORAGE_KEY)).toBe('{"version":3,"sta');
    expect(store.getState().persistence.notice?.text).toMatch(/could not be backed up/);
  });

  it('quota exceeded while saving: reported, the saved bytes stay, and the next good write clears it', async () => {
    const raw = JSON.stringify(v3);
    const storage = storageWith(raw);
    const store = makeStore(storage);
    storage.full = true;
    store.dispatch(statusFilterChanged('todo'));
    await vi.advanceTimersByTimeAsync(SAVE_EVERY_MS);
    expect(store.getState().persistence.saveProblem).toBe('storage is full');
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
    storage.full = false;
    store.dispatch(statusFilterChanged('done'));
    await vi.advanceTimersByTimeAsync(SAVE_EVERY_MS);
    expect(store.getState().persistence.saveProblem).toBeNull();
  });

  it('with no storage (private mode, blocked): says so and keeps working in memory', () => {
    const store = makeStore(null);
    expect(store.getState().persistence.saveProblem).toMatch(/storage is unavailable/);
    store.dispatch(statusFilterChanged('todo'));
    expect(store.getState().preferences.statusFilter).toBe('todo');
  });
});
