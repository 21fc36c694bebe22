import { QueryClient, type Query } from '@tanstack/react-query';
import type { PersistQueryClientOptions } from '@tanstack/react-query-persist-client';
import { createIDBPersister } from './idbPersister';

const DAY = 24 * 60 * 60 * 1000;

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A restored query is dropped once it is unused for gcTime: keep it at least as long as maxAge.
      gcTime: DAY,
      staleTime: 60_000,
    },
  },
});

/** Only successful queries that didn't opt out (`meta: { persist: false }`) are written. */
export function shouldPersistQuery(query: Query): boolean {
  return query.state.status === 'success' && query.meta?.persist !== false;
}

export const persistOptions: Omit<PersistQueryClientOptions, 'queryClient'> = {
  persister: createIDBPersister(),
  // Older caches are thrown away on restore, not shown.
  maxAge: DAY,
  // Change it when the shape of what the queries return changes: every saved cache is dropped.
  buster: 'projects-v1',
  dehydrateOptions: { shouldDehydrateQuery: shouldPersistQuery },
};
