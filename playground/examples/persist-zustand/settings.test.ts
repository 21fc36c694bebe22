import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../../tests/unit/support/memoryStorage.ts';
import { migrateSettings, SETTINGS_VERSION } from './migrations';
import { createSettingsStore, STORAGE_NAME } from './settingsStore';

const storageWith = (raw?: string) => MemoryStorage.with(STORAGE_NAME, raw);

describe('settings migrations', () => {
  it('v0 → v1 turns the font size word into pixels', () => {
    expect(migrateSettings({ theme: 'dark', fontSize: 'large' }, 0)).toEqual({ theme: 'dark', fontSize: 18, draft: '' });
  });
  it('v1 → v2 renames "auto" to "system" and adds the draft', () => {
    expect(migrateSettings({ theme: 'auto', fontSize: 15 }, 1)).toEqual({ theme: 'system', fontSize: 15, draft: '' });
  });
  it('refuses data from a newer release', () => {
    expect(() => migrateSettings({}, SETTINGS_VERSION + 1)).toThrow(/newer version of the app \(v3; this is v2\)/);
  });
});

describe('the persisted settings store', () => {
  it('does not read storage until rehydrate() (skipHydration)', async () => {
    const storage = storageWith(JSON.stringify({ version: 2, state: { theme: 'dark', fontSize: 20, draft: 'hi' } }));
    const store = createSettingsStore(() => storage);
    expect(store.getState()).toMatchObject({ theme: 'system', hydrated: false });
    await store.persist.rehydrate();
    expect(store.getState()).toMatchObject({ theme: 'dark', fontSize: 20, draft: 'hi', hydrated: true, notice: null });
  });

  it('migrates v0 data on rehydrate and saves it back as v2', async () => {
    const storage = storageWith(JSON.stringify({ version: 0, state: { theme: 'auto', fontSize: 'small' } }));
    const store = createSettingsStore(() => storage);
    await store.persist.rehydrate();
    expect(store.getState()).toMatchObject({ theme: 'system', fontSize: 14 });
    expect(JSON.parse(storage.getItem(STORAGE_NAME)!)).toEqual({ version: 2, state: { theme: 'system', fontSize: 14, draft: '' } });
  });

  it('saves only what partialize picks: never the search or the flags', async () => {
    const storage = storageWith();
    const store = createSettingsStore(() => storage);
    await store.persist.rehydrate();
    store.getState().setSearch('persist');
    store.getState().setDraft('Dear diary');
    expect(JSON.parse(storage.getItem(STORAGE_NAME)!)).toEqual({ version: 2, state: { theme: 'system', fontSize: 16, draft: 'Dear diary' } });
  });

  it.each([
    ['corrupt JSON', '{"version":2,"state":{theme:dark}}'],
    ['a truncated value', JSON.stringify({ version: 2, state: { theme: 'dark', fontSize: 20, draft: 'hi' } }).slice(0, 40)],
    ['an unknown future version', JSON.stringify({ version: 7, state: { palette: 'neon' } })],
  ])('%s: backs the original bytes up, shows a notice and starts from the defaults', async (_name, raw) => {
    const storage = storageWith(raw);
    const store = createSettingsStore(() => storage);
    await store.persist.rehydrate();
    const backups = storage.backupsOf(STORAGE_NAME);
    expect(backups.map(([, value]) => value)).toEqual([raw]);
    expect(store.getState()).toMatchObject({ theme: 'system', fontSize: 16, hydrated: true });
    expect(store.getState().notice).toContain(`They are kept in "${backups[0][0]}"`);
  });
});
