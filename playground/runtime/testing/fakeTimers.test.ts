import { describe, expect, it } from 'vitest';
import { FakeTimers } from './fakeTimers.ts';

/** A global of its own, as the Tests tab's frame is: the fakes replace its timers, not Node's. */
function frameGlobal() {
  return {
    setTimeout: globalThis.setTimeout,
    clearTimeout: globalThis.clearTimeout,
    setInterval: globalThis.setInterval,
    clearInterval: globalThis.clearInterval,
    Date: globalThis.Date,
    performance: globalThis.performance,
    Promise,
  };
}

function setup() {
  const frame = frameGlobal();
  return { frame, timers: new FakeTimers(frame) };
}

describe('the Tests tab fake timers', () => {
  it('replaces the frame’s timers, Date and performance, and fires a timer only once the clock reaches it', () => {
    const { frame, timers } = setup();
    const real = { ...frame };
    timers.useFakeTimers({ now: 1000 });
    expect(timers.isFakeTimers()).toBe(true);
    expect(frame.setTimeout).not.toBe(real.setTimeout);
    expect(frame.Date.now()).toBe(1000);
    const perfStart = frame.performance.now();
    const fired: number[] = [];
    frame.setTimeout(() => fired.push(frame.Date.now()), 500);
    timers.advanceTimersByTime(499);
    expect(fired).toEqual([]);
    timers.advanceTimersByTime(1);
    expect(fired).toEqual([1500]);
    expect(frame.performance.now() - perfStart).toBe(500);
    timers.useRealTimers();
    expect(timers.isFakeTimers()).toBe(false);
    expect(frame).toEqual(real);
  });

  it('fakes only what toFake names', () => {
    const { frame, timers } = setup();
    timers.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    expect(frame.Date).toBe(globalThis.Date);
    expect(frame.setInterval).toBe(globalThis.setInterval);
    expect(frame.setTimeout).not.toBe(globalThis.setTimeout);
    timers.useRealTimers();
  });

  it('refuses to move a clock that is not faked, with Vitest’s message, and counts no timers', () => {
    const { timers } = setup();
    expect(() => timers.advanceTimersByTime(10)).toThrow('the timers APIs are not mocked. Call `vi.useFakeTimers()`');
    expect(() => timers.runAllTimers()).toThrow(/not mocked/);
    expect(timers.getTimerCount()).toBe(0);
  });

  it('runs all timers, only the pending ones, or up to the next one; counts and clears them', () => {
    const { frame, timers } = setup();
    timers.useFakeTimers();
    const log: string[] = [];
    const tick = () => {
      log.push(`tick at ${frame.Date.now()}`);
      frame.setTimeout(tick, 100);
    };
    frame.setTimeout(tick, 100);
    frame.setTimeout(() => log.push('once'), 150);
    expect(timers.getTimerCount()).toBe(2);

    timers.advanceTimersToNextTimer();
    expect(log).toHaveLength(1);
    // The timers pending now (at 150 and 200), not the ones they schedule.
    timers.runOnlyPendingTimers();
    expect(log.slice(1)).toEqual(['once', expect.stringMatching(/^tick/)]);
    expect(timers.getTimerCount()).toBe(1);
    // A timer that always schedules another never runs out: runAllTimers gives up as Vitest's does.
    expect(() => timers.runAllTimers()).toThrow(/Aborting after running 10000 timers/);

    timers.clearAllTimers();
    expect(timers.getTimerCount()).toBe(0);
    timers.useRealTimers();
  });

  it('lets awaited promises settle between timers with the async variants', async () => {
    const { frame, timers } = setup();
    timers.useFakeTimers();
    const sleep = (ms: number) => new Promise((resolve) => frame.setTimeout(resolve, ms));
    const attempts: number[] = [];
    const start = frame.Date.now();
    const retrying = (async () => {
      for (const delay of [100, 200, 400]) {
        attempts.push(frame.Date.now() - start);
        await sleep(delay);
      }
      attempts.push(frame.Date.now() - start);
    })();
    await timers.advanceTimersByTimeAsync(299);
    expect(attempts).toEqual([0, 100]);
    await timers.advanceTimersByTimeAsync(1);
    expect(attempts).toEqual([0, 100, 300]);
    await timers.advanceTimersByTimeAsync(400);
    await retrying;
    expect(attempts).toEqual([0, 100, 300, 700]);

    const more = sleep(50).then(() => 'slept');
    await timers.runAllTimersAsync();
    await expect(more).resolves.toBe('slept');
    timers.useRealTimers();
  });

  it('sets the system time on the fake clock, or fakes Date alone without fake timers, and keeps it when timers are faked next', () => {
    const { frame, timers } = setup();
    timers.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    expect(timers.isFakeTimers()).toBe(false);
    expect(new frame.Date().toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(frame.setTimeout).toBe(globalThis.setTimeout);
    timers.useFakeTimers();
    expect(frame.Date.now()).toBe(Date.parse('2026-01-01T00:00:00Z'));
    timers.setSystemTime(0);
    expect(timers.getMockedSystemTime()).toEqual(new Date(0));
    timers.useRealTimers();
    expect(timers.getMockedSystemTime()).toBeNull();
    expect(frame.Date).toBe(globalThis.Date);
  });

  it('puts back the timers a test faked when it ends, but keeps those the file faked for all its tests', () => {
    const { frame, timers } = setup();
    timers.enterTest();
    timers.useFakeTimers();
    timers.leaveTest();
    expect(timers.isFakeTimers()).toBe(false);
    expect(frame.setTimeout).toBe(globalThis.setTimeout);

    timers.useFakeTimers();
    timers.enterTest();
    timers.leaveTest();
    expect(timers.isFakeTimers()).toBe(true);
    timers.useRealTimers();
  });
});
