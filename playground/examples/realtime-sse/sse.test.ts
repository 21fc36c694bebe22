import { afterEach, describe, expect, it, vi } from 'vitest';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { followActivity, type StreamState } from './activityStream';

let backend: MockBackend;
let stop: () => void = () => {};
afterEach(() => {
  stop();
  backend.stop();
});

/** Follows the feed until the stream is open. */
async function follow() {
  const states: StreamState[] = [];
  stop = followActivity((state) => states.push(state));
  await vi.waitFor(() => expect(states.at(-1)?.connection).toBe('open'));
  return () => states.at(-1)!;
}

const samEdits = (count: number) => {
  for (let i = 0; i < count; i++) backend.secondUser.editNow({ entity: 'tasks', id: 'task_017' });
};

describe('followActivity', () => {
  it('shows each change as it is pushed, newest first', async () => {
    backend = startMockBackend();
    const state = await follow();
    samEdits(2);
    await vi.waitFor(() => expect(state().events.map((event) => event.seq)).toEqual([2, 1]));
    expect(state().events[0]!.summary).toMatch(/^Sam Rivera .*"Design conflict dialog"/);
  });

  it('after a drop, Last-Event-ID brings back exactly what was missed: no gap, no resync', async () => {
    backend = startMockBackend();
    const state = await follow();
    samEdits(1);
    await vi.waitFor(() => expect(state().lastSeq).toBe(1));
    backend.faults.set({ offline: true });
    await vi.waitFor(() => expect(state().connection).not.toBe('open'));
    samEdits(3);
    backend.faults.set({ offline: false });
    await vi.waitFor(() => expect(state().events.map((event) => event.seq)).toEqual([4, 3, 2, 1]), { timeout: 4000 });
    expect(state().resyncs).toBe(0);
  });

  it('detects a gap older than the server’s backlog from the jump in seq, and resyncs', async () => {
    backend = startMockBackend();
    const state = await follow();
    samEdits(1);
    await vi.waitFor(() => expect(state().lastSeq).toBe(1));
    backend.faults.set({ offline: true });
    await vi.waitFor(() => expect(state().connection).not.toBe('open'));
    samEdits(250); // the server keeps the last 200: events 2–51 are gone for good
    backend.faults.set({ offline: false });
    await vi.waitFor(() => expect(state().lastSeq).toBe(251), { timeout: 4000 });
    expect(state().resyncs).toBe(1);
    expect(state().events).toHaveLength(20);
    expect(state().events[0]!.seq).toBe(251);
  });
});
