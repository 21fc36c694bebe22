import { useStore } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { migrateSettings, SETTINGS_VERSION, type SavedSettings } from './migrations';

export const STORAGE_NAME = 'reader.settings';

export interface SettingsState extends SavedSettings {
  /** Not saved: a search box is for now, not for next week. */
  search: string;
  /** Not saved: whether the saved settings have been read yet (see `skipHydration`). */
  hydrated: boolean;
  /** Not saved: shown when the saved settings could not be used. */
  notice: string | null;
  setTheme: (theme: SavedSettings['theme']) => void;
  setFontSize: (fontSize: number) => void;
  setDraft: (draft: string) => void;
  setSearch: (search: string) => void;
}

/** The settings store, saved to `storage()` (localStorage in the app, a fake in the tests). */
export function createSettingsStore(storage: () => Storage) {
  const store = createStore<SettingsState>()(
    persist<SettingsState, [], [], SavedSettings>(
      (set) => ({
        theme: 'system',
        fontSize: 16,
        draft: '',
        search: '',
        hydrated: false,
        notice: null,
        setTheme: (theme) => set({ theme }),
        setFontSize: (fontSize) => set({ fontSize }),
        setDraft: (draft) => set({ draft }),
        setSearch: (search) => set({ search }),
      }),
      {
        name: STORAGE_NAME,
        storage: createJSONStorage(storage),
        // Only what the reader chose; never the flags or the search.
        partialize: ({ theme, fontSize, draft }) => ({ theme, fontSize, draft }),
        version: SETTINGS_VERSION,
        migrate: migrateSettings,
        // Read storage when the app says so (after the first render), not when the store is made.
        skipHydration: true,
        onRehydrateStorage: () => (_state, error) => {
          if (!error) return store.setState({ hydrated: true });
          // Corrupt JSON, a failed migration, a newer version: keep the raw value before the
          // next save writes over it, and start from the defaults.
          const backupKey = `${STORAGE_NAME}.backup-${new Date().toISOString()}`;
          let kept = false;
          try {
            const raw = storage().getItem(STORAGE_NAME);
            if (raw !== null) storage().setItem(backupKey, raw);
            kept = true;
          } catch {
            kept = false;
          }
          store.setState({
            hydrated: true,
            notice: `Saved settings could not be loaded (${(error as Error).message}). ${kept ? `They are kept in "${backupKey}".` : 'They could not be backed up.'} Starting from the defaults.`,
          });
        },
      },
    ),
  );
  return store;
}

export const settingsStore = createSettingsStore(() => localStorage);

export function useSettings<T>(selector: (state: SettingsState) => T): T {
  return useStore(settingsStore, selector);
}
