import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { projectSearch } from './queries';

// A memory budget as a test: how many entries stay after the reader moved on.
describe('fixed cache', () => {
  let backend: MockBackend;
  afterEach(() => {
    backend.stop();
    vi.useRealTimers();
  });

  it('drops searches nobody shows once their minute has passed', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    backend = startMockBackend();
    const client = new QueryClient();
    for (const text of ['a', 'ac', 'acc']) await client.query(projectSearch(text));
    expect(client.getQueryCache().getAll()).toHaveLength(3);
    vi.advanceTimersByTime(59_000);
    expect(client.getQueryCache().getAll()).toHaveLength(3);
    vi.advanceTimersByTime(1_000);
    expect(client.getQueryCache().getAll()).toHaveLength(0);
  });
});
