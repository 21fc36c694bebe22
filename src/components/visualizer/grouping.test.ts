import { beforeEach, describe, expect, it } from 'vitest';
import { Grouper, isCause } from './grouping.ts';
import { dispatch, ev, render, request, resetIds, rtkQuery, socketIn } from './eventFixtures.ts';
import type { QueryEntryMeta, TimelineEvent } from '../../../playground/protocol/events.ts';

const assignAll = (grouper: Grouper, events: TimelineEvent[]) => events.map((e) => ({ id: e.id, ...grouper.assign(e) }));

beforeEach(resetIds);

describe('grouping related events', () => {
  it('puts an action and the render, request, cache change and renders it caused in one group, in order', () => {
    const grouper = new Grouper();
    const events = [
      dispatch('filter/statusChanged', 1000),
      render(1002),
      rtkQuery('pending', 'r1', 1004),
      request('request:start', 'n1', 1005),
      // The answer comes much later: it joins through the request id, the thunk's result through its request id.
      request('request:end', 'n1', 1400, 200),
      rtkQuery('fulfilled', 'r1', 1402),
      render(1405),
    ];
    const groups = assignAll(grouper, events);
    expect(groups.map((g) => g.group)).toEqual(Array(7).fill(events[0]!.id));
    expect(groups.map((g) => g.isHead)).toEqual([true, false, false, false, false, false, false]);
    expect(grouper.size(events[0]!.id)).toBe(7);
  });

  it('starts a new group for each user action, even right after the previous one', () => {
    const grouper = new Grouper();
    const a = dispatch('filter/statusChanged', 0);
    const b = dispatch('filter/statusChanged', 5);
    expect(assignAll(grouper, [a, b]).map((g) => g.isHead)).toEqual([true, true]);
  });

  it('keeps a late answer in the group of its request even when other groups came between', () => {
    const grouper = new Grouper();
    const click = dispatch('tasks/toggle', 0);
    const start = request('request:start', 'n1', 1);
    const push = socketIn(200);
    const pushRender = render(201);
    const end = request('request:end', 'n1', 500, 500);
    const groups = assignAll(grouper, [click, start, push, pushRender, end]);
    expect(groups.map((g) => g.group)).toEqual([click.id, click.id, push.id, push.id, click.id]);
  });

  it('lets an effect that follows nothing closely head its own group', () => {
    const grouper = new Grouper({ gapMs: 50 });
    const a = dispatch('a', 0);
    const lateRender = render(100);
    expect(assignAll(grouper, [a, lateRender])).toEqual([
      { id: a.id, group: a.id, isHead: true },
      { id: lateRender.id, group: lateRender.id, isHead: true },
    ]);
  });

  it('caps a group under a burst', () => {
    const grouper = new Grouper({ maxGroupSize: 3 });
    const events = [dispatch('burst', 0), render(1), render(2), render(3), render(4)];
    const groups = assignAll(grouper, events);
    expect(groups.map((g) => g.isHead)).toEqual([true, false, false, true, false]);
  });

  it('follows TanStack fetches, mutations and async atoms by their keys', () => {
    const grouper = new Grouper();
    const base: QueryEntryMeta = { entity: 'query', client: 'client#1', queryKey: ['tasks'], queryHash: '["tasks"]', status: 'pending', fetchStatus: 'fetching', isStale: true, isInvalidated: false, staleTime: 0, gcTime: 300000, dataUpdatedAt: 0, errorUpdatedAt: 0, failureCount: 0, observers: 1 };
    const fetch = ev({ source: 'query', kind: 'query:updated', label: 'fetch', time: 0, meta: { ...base, action: 'fetch' } });
    const other = socketIn(100);
    const success = ev({ source: 'query', kind: 'query:updated', label: 'success', time: 300, meta: { ...base, action: 'success', status: 'success', fetchStatus: 'idle' } });
    const write = ev({ source: 'atom', kind: 'atom:changed', label: 'tasksAtom pending', time: 400, meta: { store: 'default', atom: 'tasksAtom', status: 'pending', derived: true } });
    const other2 = socketIn(450);
    const resolved = ev({ source: 'atom', kind: 'atom:resolved', label: 'tasksAtom ✓', time: 600, meta: { store: 'default', atom: 'tasksAtom', status: 'resolved', derived: true } });
    const groups = assignAll(grouper, [fetch, other, success, write, other2, resolved]);
    expect(groups.map((g) => g.group)).toEqual([fetch.id, other.id, fetch.id, write.id, other2.id, write.id]);
  });

  it('treats plain actions, store actions, primitive atom writes and pushes as causes; RTK Query internals as effects', () => {
    expect(isCause(dispatch('todos/added', 0))).toBe(true);
    expect(isCause(rtkQuery('pending', 'r', 0))).toBe(false);
    expect(isCause(rtkQuery('pending', 'r', 0, { type: 'mutation' }))).toBe(true);
    expect(isCause(rtkQuery('fulfilled', 'r', 0, { type: 'mutation' }))).toBe(false);
    expect(isCause(socketIn(0))).toBe(true);
    expect(isCause(render(0))).toBe(false);
    const asyncThunkFulfilled = dispatch('tasks/load/fulfilled', 0, { data: { type: 'tasks/load/fulfilled', meta: { requestId: 'x', requestStatus: 'fulfilled' } } });
    expect(isCause(asyncThunkFulfilled)).toBe(false);
  });
});

describe('a socket frame and the cache write its handler makes', () => {
  it('puts the write after the frame, in the frame’s group (the probe reports the frame before the handler runs)', () => {
    const grouper = new Grouper();
    const frame = socketIn(100);
    const write = ev({
      source: 'query',
      kind: 'query:updated',
      label: '["tasks"] · success (setQueryData)',
      time: 101,
      meta: {
        entity: 'query', client: 'client#1', queryKey: ['tasks'], queryHash: '["tasks"]', action: 'success', manual: true, status: 'success',
        fetchStatus: 'idle', isStale: false, isInvalidated: false, staleTime: 0, gcTime: 300000, dataUpdatedAt: 1, errorUpdatedAt: 0, failureCount: 0, observers: 1,
      },
    });
    expect(grouper.assign(frame)).toEqual({ group: frame.id, isHead: true });
    expect(grouper.assign(write)).toEqual({ group: frame.id, isHead: false });
  });
});
