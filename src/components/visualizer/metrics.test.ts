import { beforeEach, describe, expect, it } from 'vitest';
import { MetricsAccumulator, percentile } from './metrics.ts';
import { dispatch, ev, render, request, resetIds, rtkQuery, subscriptions } from './eventFixtures.ts';
import type { QueryEntryMeta } from '../../../playground/protocol/events.ts';

beforeEach(resetIds);

const observerAdded = (meta: Partial<QueryEntryMeta>) =>
  ev({
    source: 'query',
    kind: 'query:observerAdded',
    label: '+observer',
    time: 0,
    meta: { entity: 'query', client: 'client#1', queryKey: ['tasks'], queryHash: '["tasks"]', status: 'success', fetchStatus: 'idle', isStale: false, isInvalidated: false, staleTime: 30_000, gcTime: 300_000, dataUpdatedAt: 1, errorUpdatedAt: 0, failureCount: 0, observers: 1, ...meta },
  });

describe('live metrics', () => {
  it('computes the nearest-rank percentile', () => {
    expect(percentile([], 95)).toBeNull();
    expect(percentile([5], 95)).toBe(5);
    expect(percentile(Array.from({ length: 100 }, (_, i) => i + 1), 95)).toBe(95);
    expect(percentile([3, 1, 2], 50)).toBe(2);
  });

  it('reports the dispatch p95 over a bounded sample of recent dispatches', () => {
    const metrics = new MetricsAccumulator({ sampleSize: 20 });
    for (let i = 1; i <= 20; i++) metrics.add(dispatch('slow', i, { duration: 100 }));
    for (let i = 1; i <= 20; i++) metrics.add(dispatch('fast', i, { duration: i / 10 }));
    const m = metrics.snapshot();
    expect(m.dispatches).toBe(40);
    expect(m.dispatchP95Ms).toBeCloseTo(1.9);
  });

  it('counts the share of unnecessary renders and the requests that started', () => {
    const metrics = new MetricsAccumulator();
    metrics.add(render(0, 4, 1));
    metrics.add(render(1, 6, 2));
    metrics.add(request('request:start', 'a', 2));
    metrics.add(request('request:end', 'a', 3, 200));
    metrics.add(request('request:start', 'b', 4));
    const m = metrics.snapshot();
    expect([m.renders, m.unnecessaryRenders, m.unnecessaryRenderShare]).toEqual([10, 3, 0.3]);
    expect(m.requestCount).toBe(2);
  });

  it('counts a TanStack observer on fresh, idle data as a cache hit, and on missing or stale data as a miss', () => {
    const metrics = new MetricsAccumulator();
    metrics.add(observerAdded({ status: 'pending', dataUpdatedAt: 0 }));
    metrics.add(observerAdded({}));
    metrics.add(observerAdded({ isStale: true }));
    metrics.add(observerAdded({ isInvalidated: true }));
    const m = metrics.snapshot();
    expect([m.cacheReads, m.cacheHits]).toEqual([4, 1]);
    expect(m.cacheHitShare).toBe(0.25);
  });

  it('counts an RTK Query subscriber that started no request as a cache hit, and one that did as a miss', () => {
    const metrics = new MetricsAccumulator();
    metrics.add(rtkQuery('pending', 'r1', 0, { key: 'getTasks("all")' }));
    expect(metrics.snapshot()).toMatchObject({ cacheReads: 1, cacheHits: 0 });
    metrics.add(rtkQuery('fulfilled', 'r1', 5, { key: 'getTasks("all")' }));
    metrics.add(subscriptions(500, { 'getTasks("all")': ['r1'] }));
    // A refetch after an invalidation subscribes no one: not a read.
    metrics.add(rtkQuery('pending', 'r9', 600, { key: 'getTasks("all")', subscribe: false }));
    // A second component subscribes to the cached entry: RTK Query starts no request (r2 never pending).
    metrics.add(subscriptions(1000, { 'getTasks("all")': ['r1', 'r2'] }));
    // A subscriber leaving is not a read.
    metrics.add(subscriptions(1500, { 'getTasks("all")': ['r2'] }));
    const m = metrics.snapshot();
    expect([m.cacheReads, m.cacheHits, m.cacheHitShare]).toEqual([2, 1, 0.5]);
  });

  it('after a reset, does not count RTK Query subscribers from before it as new reads', () => {
    const metrics = new MetricsAccumulator();
    metrics.add(rtkQuery('pending', 'r1', 0, { key: 'getTasks("all")' }));
    metrics.reset();
    metrics.add(subscriptions(500, { 'getTasks("all")': ['r1'] }));
    expect(metrics.snapshot()).toMatchObject({ cacheReads: 0, cacheHits: 0, cacheHitShare: null });
  });

  it('shows no share before there is anything to divide, and resets', () => {
    const metrics = new MetricsAccumulator();
    expect(metrics.snapshot()).toMatchObject({ dispatchP95Ms: null, unnecessaryRenderShare: null, cacheHitShare: null, requestCount: 0 });
    metrics.add(request('request:start', 'a', 0));
    metrics.reset();
    expect(metrics.snapshot().requestCount).toBe(0);
  });
});
