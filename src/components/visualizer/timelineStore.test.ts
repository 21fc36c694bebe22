import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TimelineStore } from './timelineStore.ts';
import { dispatch, ev, render, request, resetIds, socketIn } from './eventFixtures.ts';

beforeEach(resetIds);

const ids = (store: TimelineStore, filter?: Parameters<TimelineStore['select']>[0]) => store.select(filter).map((e) => e.event.id);

describe('the timeline store', () => {
  it('keeps at most `capacity` events, drops the oldest first and counts them for the marker', () => {
    const store = new TimelineStore({ capacity: 3 });
    store.append([dispatch('a', 0), dispatch('b', 1)], 1000);
    expect(store.size).toBe(2);
    expect(store.dropped).toBe(0);
    store.append([dispatch('c', 2), dispatch('d', 3), dispatch('e', 4)], 1000);
    expect(ids(store)).toEqual([3, 4, 5]);
    expect(store.size).toBe(3);
    expect(store.dropped).toBe(2);
    expect(store.get(1)).toBeUndefined();
    expect(store.get(4)?.event.label).toBe('d');
  });

  it('stays bounded over many batches (the ring compacts)', () => {
    const store = new TimelineStore({ capacity: 100 });
    for (let batch = 0; batch < 50; batch++) {
      store.append(Array.from({ length: 30 }, (_, i) => dispatch(`x${i}`, batch * 30 + i)), 0);
    }
    expect(store.size).toBe(100);
    expect(store.dropped).toBe(1400);
    expect(store.received).toBe(1500);
    expect(ids(store)[0]).toBe(1401);
    expect(store.at(99)?.event.id).toBe(1500);
  });

  it('adds the events the sandbox dropped to the marker', () => {
    const store = new TimelineStore();
    store.noteSandboxDropped(120);
    store.append([dispatch('a', 0)], 0);
    expect(store.dropped).toBe(120);
  });

  it('ignores an event it already has (ids only increase)', () => {
    const store = new TimelineStore();
    const a = dispatch('a', 0);
    store.append([a], 0);
    store.append([a], 0);
    expect(store.size).toBe(1);
  });

  it('filters by source and searches the label and kind, case-insensitively', () => {
    const store = new TimelineStore();
    store.append([dispatch('filter/statusChanged', 0), request('request:start', 'n1', 1), render(2), socketIn(3)], 0);
    expect(ids(store, { sources: new Set(['redux', 'network']) })).toEqual([1, 2]);
    expect(ids(store, { text: 'STATUSchanged' })).toEqual([1]);
    expect(ids(store, { text: 'render:commit' })).toEqual([3]);
    expect(ids(store, { sources: new Set(['render']), text: 'tasks' })).toEqual([]);
    expect(ids(store, { text: '  ' })).toEqual([1, 2, 3, 4]);
  });

  it('returns the same view until something changes', () => {
    const store = new TimelineStore();
    store.append([dispatch('a', 0)], 0);
    const view = store.select();
    expect(store.select()).toBe(view);
    store.append([dispatch('b', 1)], 0);
    expect(store.select()).not.toBe(view);
    expect(view).toHaveLength(1);
  });

  it('groups related events and reports group sizes', () => {
    const store = new TimelineStore();
    store.append([dispatch('filter/statusChanged', 0), render(2), request('request:start', 'n1', 3)], 0);
    store.append([request('request:end', 'n1', 300, 200), socketIn(500)], 0);
    const entries = store.select();
    // The request's end completes its start's row: one row per request.
    expect(entries.map((e) => [e.group, e.isHead])).toEqual([
      [1, true],
      [1, false],
      [1, false],
      [5, true],
    ]);
    expect(store.groupSize(1)).toBe(3);
  });

  it('shows one row per request: at the start’s place, with the end’s status and duration, failed if it failed', () => {
    const store = new TimelineStore();
    const start = request('request:start', 'n1', 10);
    store.append([start, dispatch('unrelated', 11)], 0);
    expect(store.select()[0]).toMatchObject({ request: { start }, event: { kind: 'request:start' } });
    expect(store.select()[0]!.request!.end).toBeUndefined();
    const end = { ...request('request:end', 'n1', 250, 500), duration: 240 };
    store.append([end], 0);
    const [row, other] = store.select();
    expect(store.select()).toHaveLength(2);
    expect(row).toMatchObject({
      request: { start, end },
      failed: true,
      event: { id: start.id, time: 10, kind: 'request:end', label: 'GET /tasks → 500', duration: 240, meta: { status: 500 } },
    });
    expect(other!.event.label).toBe('unrelated');
    expect(store.get(start.id)).toBe(row);
    expect(store.select({ text: 'request:start' })).toEqual([row]);
    // The export keeps what the sandbox sent, both ends.
    expect(store.events().map((e) => e.id)).toEqual([start.id, other!.event.id, end.id]);
    expect(store.metricsSnapshot().requestCount).toBe(1);
  });

  it('gives an end its own row when its start is not in the ring', () => {
    const store = new TimelineStore();
    store.append([request('request:end', 'gone', 5, 200)], 0);
    expect(store.select().map((e) => e.event.kind)).toEqual(['request:end']);
  });

  it('hides the sandbox’s own plumbing until internals are shown, and counts it', () => {
    const store = new TimelineStore();
    const debug = ev({ source: 'storage', kind: 'storage:write', label: 'localStorage.removeItem("debug")', internal: 'MSW (debug logger)', meta: { area: 'localStorage', op: 'removeItem', key: 'debug' } });
    const app = dispatch('app', 1);
    const chunk = ev({ source: 'network', kind: 'request:start', label: 'GET /chunks/x.js', internal: 'runtime', meta: { requestId: 'r', method: 'GET', url: '/chunks/x.js' } });
    store.append([debug, app, chunk], 0);
    expect(store.internals).toBe(2);
    expect(ids(store)).toEqual([2]);
    const listener = vi.fn();
    store.subscribe(listener);
    store.setShowInternals(true);
    expect(listener).toHaveBeenCalledOnce();
    expect(ids(store)).toEqual([1, 2, 3]);
    store.setShowInternals(false);
    expect(ids(store, { text: 'debug' })).toEqual([]);
  });

  it('marks failures and computes epoch times from the batch’s time origin', () => {
    const store = new TimelineStore();
    store.append([request('request:end', 'n1', 12.5, 500), request('request:end', 'n2', 13, 200)], 1_700_000_000_000);
    const [failed, ok] = store.select();
    expect(failed!.failed).toBe(true);
    expect(ok!.failed).toBe(false);
    expect(failed!.epoch).toBe(1_700_000_000_012.5);
    expect(store.startTime).toBe(12.5);
  });

  it('notifies subscribers on change and forgets everything on clear', () => {
    const store = new TimelineStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.append([dispatch('a', 0), ev({ source: 'network', kind: 'request:start', label: 'GET /x', time: 1, meta: { requestId: 'n', method: 'GET', url: '/x' } })], 0);
    store.noteSandboxDropped(3);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(store.metricsSnapshot().requestCount).toBe(1);
    store.clear();
    expect(listener).toHaveBeenCalledTimes(3);
    expect([store.size, store.dropped, store.received, store.metricsSnapshot().requestCount]).toEqual([0, 0, 0, 0]);
    expect(store.startTime).toBeUndefined();
    // After a clear (a new sandbox page), ids may start again from 1.
    resetIds();
    store.append([dispatch('again', 0)], 0);
    expect(store.size).toBe(1);
  });
});
