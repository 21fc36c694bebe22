import { afterEach, describe, expect, it, vi } from 'vitest';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { backoffDelay } from './backoff';
import { connectTaskFeed, parseServerFrame, type FeedState } from './taskFeed';

let backend: MockBackend;
let stop: () => void = () => {};
afterEach(() => {
  stop();
  vi.useRealTimers();
  backend?.stop();
});

/** Lets sockets and fetches progress without moving the (fake) clock: setImmediate is not faked. */
async function until(condition: () => boolean) {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setImmediate(resolve));
  expect(condition()).toBe(true);
}

async function follow(options?: { random: () => number }) {
  const states: FeedState[] = [];
  stop = connectTaskFeed('proj_01', (state) => states.push(state), options);
  await vi.waitFor(() => expect(states.at(-1)?.tasks.length).toBeGreaterThan(0));
  return Object.assign(() => states.at(-1)!, { history: states });
}

describe('backoffDelay', () => {
  it('doubles from 500 ms up to 15 s, times the random draw (full jitter)', () => {
    const highest = Array.from({ length: 7 }, (_, attempt) => backoffDelay(attempt, () => 0.9999));
    expect(highest).toEqual([499, 999, 1999, 3999, 7999, 14998, 14998]);
    expect(backoffDelay(3, () => 0.5)).toBe(2000);
    expect(backoffDelay(3, () => 0)).toBe(0);
  });
});

describe('connectTaskFeed', () => {
  it('reconnects on the backoff schedule (fake clock): no attempt before its delay, one right after', async () => {
    backend = startMockBackend();
    const state = await follow({ random: () => 0.5 });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    backend.faults.dropSockets({ refuseReconnectsForSeconds: 3600 }); // every attempt is turned away
    await until(() => state().attempt === 1);

    const waits: number[] = [];
    for (let attempt = 1; attempt <= 5; attempt++) {
      const delay = state().nextRetryMs!;
      waits.push(delay);
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(state().attempt).toBe(attempt); // not yet
      await vi.advanceTimersByTimeAsync(1);
      await until(() => state().attempt === attempt + 1); // tried, and refused again
    }
    expect(waits).toEqual([250, 500, 1000, 2000, 4000]);
    expect(state().connection).toBe('reconnecting');
  });

  it('after a reconnect, resyncs when the stream moved on meanwhile, and applies the change it missed', async () => {
    backend = startMockBackend();
    const state = await follow({ random: () => 0 });
    backend.faults.set({ offline: true });
    await vi.waitFor(() => expect(state().connection).toBe('reconnecting'));
    backend.secondUser.editNow({ entity: 'tasks', id: 'task_017' }); // pushed to nobody
    const missed = backend.db.get('tasks', 'task_017')!;
    backend.faults.set({ offline: false });
    await vi.waitFor(() => expect(state().tasks.find((task) => task.id === 'task_017')).toEqual(missed));
    expect(state()).toMatchObject({ connection: 'live', attempt: 0, lastSeq: 1, resyncs: 1 });
  });

  it('after a reconnect with nothing missed, does not fetch again', async () => {
    backend = startMockBackend();
    const state = await follow({ random: () => 0 });
    const before = state.history.length;
    backend.faults.dropSockets();
    await vi.waitFor(() => expect(state.history.slice(before).some((s) => s.connection === 'reconnecting')).toBe(true));
    await vi.waitFor(() => expect(state().connection).toBe('live'));
    expect(state().resyncs).toBe(0);
  });

  it('resyncs when a push skips a number while connected (a frame that never came)', async () => {
    backend = startMockBackend();
    const state = await follow();
    // Frame 1 is held back by the network, so frame 2 comes first: a gap, as far as anyone can tell.
    backend.faults.set({ reorderFrames: 1 });
    backend.secondUser.editNow({ entity: 'tasks', id: 'task_017' });
    backend.faults.set({ reorderFrames: 0 });
    backend.secondUser.editNow({ entity: 'tasks', id: 'task_021' });
    await vi.waitFor(() => expect(state().resyncs).toBe(1));
    await vi.waitFor(() => expect(state().lastSeq).toBe(2));
    for (const id of ['task_017', 'task_021']) {
      await vi.waitFor(() => expect(state().tasks.find((task) => task.id === id)).toEqual(backend.db.get('tasks', id)));
    }
  });

  it('a malformed frame is reported and skipped; the frames after it still apply', () => {
    expect(parseServerFrame('{"type":')).toEqual({ ok: false, error: 'Ignored a frame that is not JSON: {"type":' });
    expect(parseServerFrame('{"hello":1}')).toEqual({ ok: false, error: 'Ignored a frame without a type: {"hello":1}' });
    expect(parseServerFrame(new ArrayBuffer(2))).toEqual({ ok: false, error: 'Ignored a binary frame: the server sends JSON text' });
    expect(parseServerFrame('{"type":"PONG","payload":{},"timestamp":1}')).toMatchObject({ ok: true, message: { type: 'PONG' } });
  });
});
