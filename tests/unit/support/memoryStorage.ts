/**
 * Web Storage in memory, for the persistence examples' Node tests. `full` makes every write
 * throw the browser's QuotaExceededError; `writes` counts the writes that went through.
 */
export class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  full = false;
  writes = 0;

  /** A storage already holding `raw` under `key`. */
  static with(key: string, raw?: string): MemoryStorage {
    const storage = new MemoryStorage();
    if (raw !== undefined) storage.items.set(key, raw);
    return storage;
  }

  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.writes++;
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }

  /** The backups written for `key`: [backup key, raw value]. */
  backupsOf(key: string): [string, string][] {
    return [...this.items].filter(([k]) => k.startsWith(`${key}.backup-`));
  }
}
