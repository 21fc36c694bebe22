import { QueryClient, dehydrate } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { shouldPersistQuery } from './queryClient';

describe('what the TanStack cache persists', () => {
  it('keeps successful queries, and drops failed ones and those marked persist: false', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await client.query({ queryKey: ['projects'], queryFn: () => ['proj_01'] });
    await client.query({ queryKey: ['me'], queryFn: () => ({ name: 'Ada' }), meta: { persist: false } });
    await client.query({ queryKey: ['stats'], queryFn: () => Promise.reject(new Error('500')) }).catch(() => undefined);
    const saved = dehydrate(client, { shouldDehydrateQuery: shouldPersistQuery });
    expect(saved.queries.map((q) => q.queryKey)).toEqual([['projects']]);
  });
});
