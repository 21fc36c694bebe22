import { afterEach, describe, expect, it, vi } from 'vitest';
import { createManualClock, startMockBackend, type ActivityEvent, type MockBackend } from '@/mocks/node';
import { newEvents, pollActivity, type PollState } from './activityPoll';

let backend: MockBackend;
let stop: () => void = () => {};
afterEach(() => {
  stop();
  backend.stop();
});

describe('pollActivity', () => {
  it('shows Sam’s edits, newest first, and counts the polls that found nothing', async () => {
    const clock = createManualClock();
    backend = startMockBackend({ clock, secondUser: { enabled: true, ratePerSecond: 0.5, projectId: 'proj_01' } });
    const states: PollState[] = [];
    stop = pollActivity(20, (state) => states.push(state));
    await vi.waitFor(() => expect(states.length).toBeGreaterThanOrEqual(2));
    expect(states.at(-1)!.events).toEqual([]);
    clock.advance(2000); // one edit by Sam
    await vi.waitFor(() => expect(states.at(-1)!.events).toHaveLength(1));
    clock.advance(2000);
    await vi.waitFor(() => expect(states.at(-1)!.events).toHaveLength(2));
    const [newest, older] = states.at(-1)!.events;
    expect(newest!.seq).toBeGreaterThan(older!.seq);
    expect(newest!.summary).toMatch(/^Sam Rivera /);
    expect(states.at(-1)!.emptyPolls).toBeGreaterThan(0);
  });

  it('keeps the events it has when a poll fails, and picks up at the next poll', async () => {
    backend = startMockBackend();
    const states: PollState[] = [];
    backend.secondUser.editNow({ entity: 'tasks', id: 'task_017' });
    stop = pollActivity(20, (state) => states.push(state));
    await vi.waitFor(() => expect(states.at(-1)?.events).toHaveLength(1));
    backend.faults.set({ errorRate: { 'GET /activity': 1 } });
    await vi.waitFor(() => expect(states.at(-1)!.error).toBe('GET /activity answered 500'));
    expect(states.at(-1)!.events).toHaveLength(1);
    backend.secondUser.editNow({ entity: 'tasks', id: 'task_017' });
    backend.faults.set({ errorRate: {} });
    await vi.waitFor(() => expect(states.at(-1)!.events).toHaveLength(2));
    expect(states.at(-1)!.error).toBeNull();
  });
});

describe('newEvents', () => {
  it('keeps only events newer than the newest shown', () => {
    const event = (seq: number) => ({ seq }) as ActivityEvent;
    expect(newEvents([event(5), event(4)], [event(7), event(6), event(5), event(4)])).toEqual([event(7), event(6)]);
    expect(newEvents([], [event(1)])).toEqual([event(1)]);
  });
});
