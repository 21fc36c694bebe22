import { QueryClient } from '@tanstack/react-query';
import type { PersistedClient, Persister } from '@tanstack/react-query-persist-client';
import { describe, expect, it } from 'vitest';
import { persistedBy } from '../storageWriter.ts';
import { persistQueryClientSave } from './reactQueryPersistClient.ts';

describe('instrumented @tanstack/react-query-persist-client', () => {
  it('marks each client it hands a persister, so its IndexedDB write names the persister', async () => {
    const handed: PersistedClient[] = [];
    const persister: Persister = {
      persistClient: (client) => {
        handed.push(client);
      },
      restoreClient: async () => undefined,
      removeClient: async () => {},
    };
    await persistQueryClientSave({ queryClient: new QueryClient(), persister, buster: 'v1' });
    expect(handed).toHaveLength(1);
    expect(persistedBy(handed[0])).toBe('TanStack Query persister');
    expect(persistedBy({ ...handed[0] })).toBeUndefined();
  });
});
