import { describe, expect, it } from 'vitest';
import { watchSettle, type Activity } from './settle.ts';

/** A fake frame clock: each `frame()` runs the callbacks queued for it, 16 ms apart. */
function frames() {
  let time = 0;
  let queued: (() => void)[] = [];
  return {
    now: () => time,
    nextFrame: (callback: () => void) => void queued.push(callback),
    frame() {
      time += 16;
      const run = queued;
      queued = [];
      run.forEach((callback) => callback());
    },
    get waiting() {
      return queued.length;
    },
  };
}

describe('watchSettle', () => {
  it('settles after two frames in a row with no event and no pending request', () => {
    const clock = frames();
    const activity: Activity = { events: 0, pendingRequests: 0 };
    let settled = 0;
    watchSettle(() => settled++, { activity: () => activity, nextFrame: clock.nextFrame, now: clock.now });
    clock.frame();
    expect(settled).toBe(0);
    clock.frame();
    expect(settled).toBe(1);
    expect(clock.waiting).toBe(0);
  });

  it('waits while requests are pending and while events keep coming', () => {
    const clock = frames();
    const activity: Activity = { events: 0, pendingRequests: 1 };
    let settled = 0;
    watchSettle(() => settled++, { activity: () => activity, nextFrame: clock.nextFrame, now: clock.now });
    for (let i = 0; i < 5; i++) clock.frame();
    expect(settled).toBe(0);
    // The response arrives and renders: events move, so the quiet count starts again.
    activity.pendingRequests = 0;
    activity.events = 3;
    clock.frame();
    clock.frame();
    expect(settled).toBe(0);
    clock.frame();
    expect(settled).toBe(1);
  });

  it('gives up waiting after maxWaitMs for an app that is never quiet', () => {
    const clock = frames();
    const activity: Activity = { events: 0, pendingRequests: 0 };
    let settled = 0;
    watchSettle(() => settled++, { activity: () => activity, nextFrame: clock.nextFrame, now: clock.now, maxWaitMs: 160 });
    for (let i = 0; i < 9; i++) {
      activity.events++;
      clock.frame();
    }
    expect(settled).toBe(0);
    activity.events++;
    clock.frame();
    expect(settled).toBe(1);
  });

  it('stops without calling back once the run is replaced', () => {
    const clock = frames();
    let replaced = false;
    let settled = 0;
    watchSettle(() => settled++, {
      activity: () => ({ events: 0, pendingRequests: 0 }),
      nextFrame: clock.nextFrame,
      now: clock.now,
      cancelled: () => replaced,
    });
    clock.frame();
    replaced = true;
    clock.frame();
    clock.frame();
    expect(settled).toBe(0);
    expect(clock.waiting).toBe(0);
  });
});
