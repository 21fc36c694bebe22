import { createStore, del, get, set } from 'idb-keyval';
import type { PersistedClient, Persister } from '@tanstack/react-query-persist-client';

/**
 * A TanStack Query persister on IndexedDB (through idb-keyval): the cache is stored as an
 * object (structured clone), not a JSON string, and the write is asynchronous, so a big cache
 * doesn't block the page the way a localStorage write would. Writes are throttled: the cache
 * changes on every fetch, and one write per `throttleMs` (always of the latest cache) is enough.
 */
export function createIDBPersister(key = 'query-cache', throttleMs = 1000): Persister {
  const store = createStore('statelab-query', 'cache');
  let latest: PersistedClient | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    persistClient(client) {
      latest = client;
      timer ??= setTimeout(() => {
        timer = null;
        if (latest) void set(key, latest, store);
      }, throttleMs);
    },
    restoreClient: () => get<PersistedClient>(key, store),
    removeClient: () => del(key, store),
  };
}
