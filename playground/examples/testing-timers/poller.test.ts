import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextDelay, startPolling, type PollEvent } from './poller';

// The fake clock moves only when a test says so: five seconds of polling take no time at all.
beforeEach(() => {
  vi.useFakeTimers();
});
// Also drops the timers a poller left behind.
afterEach(() => {
  vi.useRealTimers();
});

/** A load that fails `failures` times and then answers; it notes when (on the fake clock) it was called. */
function flakyLoad(failures: number) {
  const start = Date.now();
  const calledAt: number[] = [];
  const load = vi.fn(async () => {
    calledAt.push(Date.now() - start);
    if (calledAt.length <= failures) throw new Error('The server answered 500');
    return { openTasks: 3 };
  });
  return { load, calledAt };
}

const gaps = (times: number[]) => times.slice(1).map((time, i) => time - times[i]!);

describe('polling while the server answers', () => {
  it('asks at once, then every 5 s', async () => {
    const load = vi.fn(async () => 'stats');
    const stop = startPolling(load, () => {});
    expect(load).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(load).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(load).toHaveBeenCalledTimes(4);
    stop();
  });

  it('waits for a slow answer before counting the next 5 s: polls never overlap', async () => {
    let answer = (_value: string) => {};
    const load = vi.fn(() => new Promise<string>((resolve) => (answer = resolve)));
    startPolling(load, () => {});
    await vi.advanceTimersByTimeAsync(12_000);
    expect(load).toHaveBeenCalledTimes(1);
    answer('late stats');
    await vi.advanceTimersByTimeAsync(4_999);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('stops: no timer is left and no call follows', async () => {
    const load = vi.fn(async () => 'stats');
    const stop = startPolling(load, () => {});
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(1);
    stop();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('backing off while it fails', () => {
  it('retries after 1 s, 2 s and 4 s, then polls every 5 s again once the server answers', async () => {
    const { load, calledAt } = flakyLoad(3);
    const stop = startPolling(load, () => {});
    await vi.advanceTimersByTimeAsync(20_000);
    expect(gaps(calledAt)).toEqual([1_000, 2_000, 4_000, 5_000, 5_000]);
    stop();
  });

  it('never waits more than 30 s, however long the server stays down', () => {
    const delays = Array.from({ length: 50 }, (_, i) => nextDelay(i + 1));
    expect(Math.max(...delays)).toBe(30_000);
    expect(delays.at(-1)).toBe(30_000);
  });

  it('tells the UI of each failure in a row, and starts counting again after an answer', async () => {
    const { load } = flakyLoad(2);
    const events: PollEvent<unknown>[] = [];
    const stop = startPolling(load, (event) => events.push(event));
    // To the first retry, then to the second.
    await vi.advanceTimersToNextTimerAsync();
    await vi.advanceTimersToNextTimerAsync();
    expect(events.map((event) => (event.kind === 'error' ? `failure ${event.failures}` : 'answer'))).toEqual(['failure 1', 'failure 2', 'answer']);
    stop();
  });
});
