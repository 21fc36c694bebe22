import { beforeEach, describe, expect, it } from 'vitest';
import { QueryCacheModel, freshness, type CacheRow } from './queryCache.ts';
import { dispatch, ev, resetIds, rtkQuery, subscriptions } from './eventFixtures.ts';
import type { QueryEntryMeta } from '../../../playground/protocol/events.ts';

beforeEach(resetIds);

const queryEvent = (kind: 'query:added' | 'query:updated' | 'query:removed', meta: Partial<QueryEntryMeta>) =>
  ev({
    source: 'query',
    kind,
    label: kind,
    time: 0,
    meta: { entity: 'query', client: 'client#1', queryKey: ['tasks'], queryHash: '["tasks"]', status: 'pending', fetchStatus: 'idle', isStale: true, isInvalidated: false, staleTime: 30_000, gcTime: 300_000, dataUpdatedAt: 0, errorUpdatedAt: 0, failureCount: 0, observers: 0, ...meta },
  });

describe('the query-cache table', () => {
  it('follows a TanStack query from added to fetching to fresh, with the time it turns stale, and removes it', () => {
    const model = new QueryCacheModel();
    model.apply(queryEvent('query:added', {}), 0);
    model.apply(queryEvent('query:updated', { action: 'fetch', fetchStatus: 'fetching', observers: 1 }), 0);
    expect(model.rows()[0]).toMatchObject({ library: 'TanStack Query', key: '["tasks"]', status: 'pending', fetchStatus: 'fetching', observers: 1, updatedAt: null });
    model.apply(queryEvent('query:updated', { action: 'success', status: 'success', isStale: false, dataUpdatedAt: 1_000, observers: 1 }), 0);
    const row = model.rows()[0]!;
    expect(row).toMatchObject({ status: 'success', fetchStatus: 'idle', staleAt: 31_000, stale: false, updatedAt: 1_000 });
    expect(freshness(row, 11_000)).toEqual({ kind: 'fresh', msLeft: 20_000 });
    expect(freshness(row, 31_000)).toEqual({ kind: 'stale' });
    model.apply(queryEvent('query:removed', {}), 0);
    expect(model.rows()).toEqual([]);
  });

  it('shows an infinite staleTime as never stale, and an invalidated query as stale', () => {
    const model = new QueryCacheModel();
    model.apply(queryEvent('query:updated', { status: 'success', isStale: false, staleTime: 'infinity', dataUpdatedAt: 5 }), 0);
    expect(freshness(model.rows()[0]!, 1e15)).toEqual({ kind: 'fresh', msLeft: null });
    model.apply(queryEvent('query:updated', { status: 'success', isStale: false, isInvalidated: true, staleTime: 'infinity', dataUpdatedAt: 5 }), 0);
    expect(freshness(model.rows()[0]!, 10)).toEqual({ kind: 'stale' });
  });

  it('replaces TanStack rows with the sandbox’s snapshot and keeps RTK Query rows', () => {
    const model = new QueryCacheModel();
    model.apply(queryEvent('query:added', { queryHash: '["old"]' }), 0);
    model.apply(rtkQuery('pending', 'r1', 0), 0);
    model.applyTable([
      { client: 'client#1', queryHash: '["new"]', queryKey: ['new'], status: 'success', fetchStatus: 'idle', isStale: false, isInvalidated: false, staleTime: 1000, gcTime: 1000, dataUpdatedAt: 100, observers: 2, staleAt: 1100 },
    ]);
    expect(model.rows().map((r) => [r.library, r.key, r.observers])).toEqual([
      ['RTK Query', 'getTasks("all")', null],
      ['TanStack Query', '["new"]', 2],
    ]);
  });

  it('follows an RTK Query entry from its actions: fetching, fulfilled, subscribers, removal', () => {
    const model = new QueryCacheModel();
    const timeOrigin = 1_700_000_000_000;
    model.apply(rtkQuery('pending', 'r1', 10), timeOrigin);
    expect(model.rows()[0]).toMatchObject({ library: 'RTK Query', owner: 'store#1', key: 'getTasks("all")', status: 'pending', fetchStatus: 'fetching' });
    model.apply(rtkQuery('fulfilled', 'r1', 250), timeOrigin);
    model.apply(subscriptions(600, { 'getTasks("all")': ['r1', 'r2'] }), timeOrigin);
    const row: CacheRow = model.rows()[0]!;
    expect(row).toMatchObject({ status: 'success', fetchStatus: 'idle', updatedAt: timeOrigin + 250, observers: 2 });
    expect(freshness(row, 0)).toEqual({ kind: 'until-invalidated' });
    // A request skipped because the entry was cached changes nothing.
    model.apply(rtkQuery('rejected', 'r3', 700, { condition: true }), timeOrigin);
    expect(model.rows()[0]!.status).toBe('success');
    model.apply(rtkQuery('rejected', 'r4', 800), timeOrigin);
    expect(model.rows()[0]!.status).toBe('error');
    model.apply(
      dispatch('api/queries/removeQueryResult', 900, { data: { type: 'api/queries/removeQueryResult', payload: { queryCacheKey: 'getTasks("all")' } } }),
      timeOrigin,
    );
    expect(model.rows()).toEqual([]);
  });
});
