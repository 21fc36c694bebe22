/**
 * When the browser denies the runtime's frame Web Storage (a third-party frame where third-party
 * cookies are blocked, e.g. the runtime deployed on another site than the docs), reading
 * `localStorage` throws a SecurityError. The mock backend (MSW's cookie store) and the
 * persistence libraries read it at start-up, so the preview would stay blank with no word why.
 * Instead the frame gets Web Storage that lives in memory for as long as the frame does, and
 * the reader is told so. IndexedDB, denied as well, is taken away (`indexedDB` is undefined, as
 * in a browser without it): MSW then keeps its WebSocket clients in memory instead of failing
 * to open its database on every run, and an example that needs IndexedDB fails where it opens
 * one, under the notice.
 *
 * The stand-in replaces the `Storage` class too, so the storage probe and the example's
 * namespace (which patch `Storage.prototype`) see its writes as they see the browser's.
 */

/** Set on <html> when this frame's Web Storage is the in-memory stand-in. */
export const STORAGE_IN_MEMORY_ATTRIBUTE = 'data-storage-in-memory';

export const STORAGE_IN_MEMORY_NOTICE =
  'This browser denies the playground storage (its frame is on another site than this page): saved data lives in memory and is gone when the preview reloads, and IndexedDB is unavailable.';

/** Web Storage's interface over a Map: keys in insertion order, values as strings. */
export class MemoryStorage {
  #items = new Map<string, string>();
  get length(): number {
    return this.#items.size;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.#items.get(String(key)) ?? null;
  }
  setItem(key: string, value: string): void {
    this.#items.set(String(key), String(value));
  }
  removeItem(key: string): void {
    this.#items.delete(String(key));
  }
  clear(): void {
    this.#items.clear();
  }
}

function webStorageDenied(global: Window): boolean {
  try {
    void global.localStorage;
    void global.sessionStorage;
    return false;
  } catch {
    return true;
  }
}

/**
 * Gives `global` in-memory Web Storage if the browser denies it the real one. Returns whether it
 * did (then <html> carries STORAGE_IN_MEMORY_ATTRIBUTE).
 */
export function useMemoryStorageIfDenied(global: Window & typeof globalThis): boolean {
  if (!webStorageDenied(global)) return false;
  Object.defineProperty(global, 'Storage', { value: MemoryStorage, configurable: true, writable: true });
  for (const area of ['localStorage', 'sessionStorage'] as const) {
    Object.defineProperty(global, area, { value: new MemoryStorage(), configurable: true });
  }
  Object.defineProperty(global, 'indexedDB', { value: undefined, configurable: true });
  global.document.documentElement.setAttribute(STORAGE_IN_MEMORY_ATTRIBUTE, '');
  console.warn(STORAGE_IN_MEMORY_NOTICE);
  return true;
}

/**
 * The notice, as the first thing in the preview's body (before the example's root). Shown when
 * the document is parsed, before runtime.js (a module script) runs and keeps the body it finds
 * as the one every run starts from.
 */
export function showStorageInMemoryNotice(document: Document): void {
  if (document.readyState === 'loading') {
    document.addEventListener('readystatechange', () => showStorageInMemoryNotice(document), { once: true });
    return;
  }
  const notice = document.createElement('p');
  notice.className = 'storage-in-memory-notice';
  notice.setAttribute('role', 'status');
  notice.textContent = STORAGE_IN_MEMORY_NOTICE;
  document.body.prepend(notice);
}
