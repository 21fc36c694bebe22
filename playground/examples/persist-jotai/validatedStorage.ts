import { createJSONStorage } from 'jotai/utils';

/** What `atomWithStorage` needs, with a value check on both roads in: reading, and other tabs' writes. */
export interface ValidatedStorage<T> {
  getItem(key: string, initialValue: T): T;
  setItem(key: string, value: T): void;
  removeItem(key: string): void;
  subscribe(key: string, callback: (value: T) => void, initialValue: T): () => void;
}

/**
 * A JSON storage that never hands an atom a value it didn't check. A stored value that is not
 * JSON, or not the right shape, is copied as it was to `<key>.backup-<time>`, `onProblem`
 * is told, and the atom gets its initial value.
 */
export function validatedStorage<T>(
  isValid: (value: unknown) => value is T,
  onProblem: (message: string) => void,
  storage: () => Storage = () => localStorage,
): ValidatedStorage<T> {
  const json = createJSONStorage<unknown>(storage);
  const keep = (key: string, raw: string, why: string) => {
    const backupKey = `${key}.backup-${new Date().toISOString()}`;
    try {
      storage().setItem(backupKey, raw);
      onProblem(`The saved "${key}" ${why}. It is kept in "${backupKey}".`);
    } catch {
      onProblem(`The saved "${key}" ${why}, and could not be backed up.`);
    }
  };
  return {
    getItem(key, initialValue) {
      let raw: string | null;
      try {
        raw = storage().getItem(key);
      } catch {
        onProblem('Storage is unavailable here (private browsing, or storage blocked): changes last until the tab closes.');
        return initialValue;
      }
      if (raw === null) return initialValue;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        keep(key, raw, 'is not valid JSON');
        return initialValue;
      }
      if (isValid(value)) return value;
      keep(key, raw, 'is not in the expected shape');
      return initialValue;
    },
    setItem(key, value) {
      try {
        json.setItem(key, value);
      } catch (error) {
        onProblem(`Not saved: ${(error as Error).name === 'QuotaExceededError' ? 'storage is full' : (error as Error).message}.`);
      }
    },
    removeItem: (key) => json.removeItem(key),
    // Another tab wrote the key: its value is checked too (an invalid one is ignored).
    subscribe: (key, callback, initialValue) =>
      json.subscribe?.(key, (value) => callback(isValid(value) ? value : initialValue), initialValue) ?? (() => {}),
  };
}
