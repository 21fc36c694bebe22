import { describe, expect, it } from 'vitest';
import { ProbeBus } from './bus.ts';
import type { SandboxMessage } from '../protocol/messages.ts';
import { isSandboxMessage } from '../protocol/messages.ts';

/** A bus with a manual clock and manual timers, and the messages it posted. */
function harness(options: ConstructorParameters<typeof ProbeBus>[0] = {}) {
  let clock = 0;
  const timers: { fn: () => void; at: number }[] = [];
  const posted: SandboxMessage[] = [];
  const bus = new ProbeBus({
    now: () => clock,
    timeOrigin: 1_000,
    setTimer: (fn, ms) => {
      const t = { fn, at: clock + ms };
      timers.push(t);
      return t;
    },
    clearTimer: (h) => {
      const i = timers.indexOf(h as (typeof timers)[number]);
      if (i !== -1) timers.splice(i, 1);
    },
    ...options,
  });
  const advance = (ms: number) => {
    clock += ms;
    for (const t of timers.filter((x) => x.at <= clock)) {
      timers.splice(timers.indexOf(t), 1);
      t.fn();
    }
  };
  const events = () => posted.flatMap((m) => (m.type === 'events' ? m.events : []));
  return { bus, posted, advance, events, pendingTimers: () => timers.length };
}

const storeEvent = (n: number) => ({ source: 'store' as const, kind: 'store:changed' as const, label: `write ${n}` });

describe('ProbeBus', () => {
  it('assigns increasing ids and the current time', () => {
    const { bus, advance } = harness();
    const a = bus.emit(storeEvent(1));
    advance(5);
    const b = bus.emit(storeEvent(2));
    expect(a).toMatchObject({ id: 1, time: 0 });
    expect(b).toMatchObject({ id: 2, time: 5 });
    expect(bus.emit({ ...storeEvent(3), time: 1 })).toMatchObject({ id: 3, time: 1 });
  });

  it('says hello on connect and batches events into one message per flush interval', () => {
    const { bus, posted, advance } = harness({ flushInterval: 50 });
    bus.connect((m) => posted.push(m));
    expect(posted).toEqual([{ statelab: 1, type: 'hello', protocol: 1, timeOrigin: 1_000 }]);
    for (let i = 0; i < 300; i++) bus.emit(storeEvent(i));
    advance(49);
    expect(posted).toHaveLength(1);
    advance(1);
    expect(posted).toHaveLength(2);
    const batch = posted[1]!;
    expect(batch.type).toBe('events');
    if (batch.type !== 'events') return;
    expect(batch.seq).toBe(1);
    expect(batch.events.map((e) => e.id)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(posted.every(isSandboxMessage)).toBe(true);
  });

  it('keeps events emitted before the transport is connected and sends them after', () => {
    const { bus, posted, advance, events } = harness();
    bus.emit(storeEvent(1));
    advance(100);
    expect(posted).toHaveLength(0);
    bus.connect((m) => posted.push(m));
    advance(50);
    expect(events().map((e) => e.label)).toEqual(['write 1']);
  });

  it('is bounded: drops the oldest events and reports how many were dropped before the next batch', () => {
    const { bus, posted, advance, events } = harness({ capacity: 100 });
    for (let i = 1; i <= 250; i++) bus.emit(storeEvent(i));
    bus.connect((m) => posted.push(m));
    advance(50);
    const types = posted.map((m) => m.type);
    expect(types).toEqual(['hello', 'dropped', 'events']);
    expect(posted[1]).toEqual({ statelab: 1, type: 'dropped', count: 150, total: 150 });
    expect(events().map((e) => e.label)).toEqual(Array.from({ length: 100 }, (_, i) => `write ${i + 151}`));
    expect(bus.stats()).toMatchObject({ emitted: 250, dropped: 150, buffered: 0 });
  });

  it('splits a burst larger than maxBatch over several flushes', () => {
    const { bus, posted, advance, events } = harness({ maxBatch: 1000, capacity: 20_000 });
    bus.connect((m) => posted.push(m));
    for (let i = 0; i < 2500; i++) bus.emit(storeEvent(i));
    advance(50);
    advance(50);
    advance(50);
    const sizes = posted.filter((m) => m.type === 'events').map((m) => (m.type === 'events' ? m.events.length : 0));
    expect(sizes).toEqual([1000, 1000, 500]);
    expect(events()).toHaveLength(2500);
  });

  it('waits for acks once the page acknowledges batches (flow control)', () => {
    const { bus, posted, advance } = harness({ maxInFlight: 2 });
    bus.connect((m) => posted.push(m));
    const batches = () => posted.filter((m) => m.type === 'events').length;
    bus.emit(storeEvent(1));
    advance(50);
    bus.handleControl({ statelab: 1, type: 'ack', seq: 1 });
    for (let round = 0; round < 4; round++) {
      bus.emit(storeEvent(round));
      advance(50);
    }
    expect(batches()).toBe(3); // 1 acked + 2 in flight; the rest waits
    expect(bus.stats().buffered).toBe(2);
    bus.handleControl({ statelab: 1, type: 'ack', seq: 3 });
    advance(50);
    expect(batches()).toBe(4);
    expect(bus.stats().buffered).toBe(0);
  });

  it('stops recording while paused and forgets everything on clear', () => {
    const { bus, posted, advance, events } = harness();
    bus.connect((m) => posted.push(m));
    bus.emit(storeEvent(1));
    expect(bus.handleControl({ statelab: 1, type: 'pause' })).toBe(true);
    expect(bus.emit(storeEvent(2))).toBeUndefined();
    bus.handleControl({ statelab: 1, type: 'resume' });
    bus.emit(storeEvent(3));
    bus.diffs.put({ a: 1 }, { a: 2 });
    bus.handleControl({ statelab: 1, type: 'clear' });
    expect(bus.diffs.size).toBe(0);
    bus.emit(storeEvent(4));
    advance(50);
    expect(events().map((e) => e.label)).toEqual(['write 4']);
  });

  it('answers request-diff with the lazily computed diff, or expired once evicted', () => {
    const { bus, posted } = harness({ diffCapacity: 2 });
    bus.connect((m) => posted.push(m));
    const first = bus.diffs.put({ n: 1 }, { n: 2 });
    const second = bus.diffs.put({ list: [1] }, { list: [1, 2] });
    bus.handleControl({ statelab: 1, type: 'request-diff', diffId: second });
    expect(posted.at(-1)).toEqual({
      statelab: 1,
      type: 'diff',
      diffId: second,
      truncated: false,
      entries: [{ path: ['list', '1'], kind: 'added', after: 2 }],
    });
    bus.diffs.put({}, { x: 1 }); // evicts `first`
    bus.handleControl({ statelab: 1, type: 'request-diff', diffId: first });
    expect(posted.at(-1)).toMatchObject({ type: 'diff', diffId: first, error: 'expired', entries: [] });
  });

  it('forwards valid controls (e.g. faults) to onControl listeners and ignores invalid ones', () => {
    const { bus } = harness();
    const seen: unknown[] = [];
    const off = bus.onControl((m) => seen.push(m));
    expect(bus.handleControl({ statelab: 1, type: 'faults', faults: { offline: true } })).toBe(true);
    expect(bus.handleControl({ statelab: 1, type: 'faults', faults: 'offline' })).toBe(false);
    expect(bus.handleControl({ codesandbox: true, type: 'refresh' })).toBe(false);
    off();
    bus.handleControl({ statelab: 1, type: 'faults', faults: { offline: false } });
    expect(seen).toEqual([{ statelab: 1, type: 'faults', faults: { offline: true } }]);
  });

  it('answers request-query-table from the registered providers', () => {
    const { bus, posted } = harness();
    bus.connect((m) => posted.push(m));
    bus.addQueryTableProvider(() => [
      {
        client: 'client#1',
        queryHash: '["todos"]',
        queryKey: ['todos'],
        status: 'success',
        fetchStatus: 'idle',
        isStale: false,
        isInvalidated: false,
        staleTime: 1000,
        gcTime: 300000,
        dataUpdatedAt: 10,
        observers: 1,
      },
    ]);
    bus.handleControl({ statelab: 1, type: 'request-query-table' });
    const reply = posted.at(-1)!;
    expect(reply.type).toBe('query-table');
    expect(isSandboxMessage(reply)).toBe(true);
  });

  it('keeps emit cheap under a burst of 10,000 events (one batch message, no per-event posting)', () => {
    const { bus, posted, advance } = harness({ capacity: 10_000 });
    bus.connect((m) => posted.push(m));
    for (let i = 0; i < 10_000; i++) bus.emit(storeEvent(i));
    expect(posted).toHaveLength(1); // only hello so far
    advance(50);
    expect(posted.filter((m) => m.type === 'events')).toHaveLength(1); // maxBatch 5,000
    advance(50);
    expect(posted.filter((m) => m.type === 'events')).toHaveLength(2);
    expect(bus.stats()).toMatchObject({ emitted: 10_000, dropped: 0, buffered: 0 });
  });
});
