import { afterEach, describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { projectSearch, statsQuery } from './queries';

describe('slow cache', () => {
  let backend: MockBackend;
  afterEach(() => backend.stop());

  it('searches projects by name', async () => {
    backend = startMockBackend();
    const client = new QueryClient();
    expect((await client.query(projectSearch(''))).items[0]!.name).toBe('Accessibility Cleanup');
    expect((await client.query(projectSearch('accessibility'))).items.map((p) => p.name)).toContain('Accessibility Cleanup');
    expect((await client.query(statsQuery)).projectId).toBe('proj_01');
  });

  it('keeps every search in the cache, used or not', async () => {
    backend = startMockBackend();
    const client = new QueryClient();
    for (const text of ['a', 'ac', 'acc']) await client.query(projectSearch(text));
    client.getQueryCache().getAll().forEach((query) => expect(query.gcTime).toBe(Infinity));
    expect(client.getQueryCache().getAll()).toHaveLength(3);
  });
});
