import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { environmentManager, QueryClient, QueryObserver } from '@tanstack/react-query';

/**
 * The numbers the guides quote for TanStack Query's defaults, measured on the installed
 * query-core: "three retries, 1, 2 and 4 seconds apart", "a failed load shows after about
 * 7 s" (patterns/tanstack-query.mdx, migration/path-1/step-2-server-state.mdx).
 */
describe("TanStack Query's default retries, as the guides quote them", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    environmentManager.setIsServer(() => false); // in Node the default is no retry at all
  });
  afterEach(() => {
    environmentManager.setIsServer(() => true);
    vi.useRealTimers();
  });

  it('a query that always fails is tried 4 times, 1, 2 and 4 s apart, and shows its error after 7 s', async () => {
    const client = new QueryClient();
    const attempts: number[] = [];
    const start = Date.now();
    const observer = new QueryObserver(client, {
      queryKey: ['always-fails'],
      queryFn: () => {
        attempts.push(Date.now() - start);
        return Promise.reject(new Error('500'));
      },
    });
    let erroredAt: number | undefined;
    const unsubscribe = observer.subscribe((result) => {
      if (result.status === 'error' && erroredAt === undefined) erroredAt = Date.now() - start;
    });
    await vi.advanceTimersByTimeAsync(60_000);
    unsubscribe();
    client.clear();

    expect(attempts).toEqual([0, 1_000, 3_000, 7_000]);
    expect(erroredAt).toBe(7_000);
  });

  it('a mutation is not retried', async () => {
    const client = new QueryClient();
    let attempts = 0;
    const mutation = client.getMutationCache().build(client, {
      mutationFn: () => {
        attempts += 1;
        return Promise.reject(new Error('500'));
      },
    });
    await expect(mutation.execute(undefined)).rejects.toThrow('500');
    expect(attempts).toBe(1);
  });
});
