/**
 * Time as the mock backend sees it. The browser and Node use the real clock;
 * tests pass a manual clock so latency, reconnect windows and the second user's
 * schedule run instantly and in a known order.
 */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** Opaque: whatever the clock's `setTimeout` returned. */
export type TimerHandle = unknown;

export const systemClock: Clock = {
  now: () => Date.now(),
  // Read the globals on each call so fake timers installed later still apply.
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Resolves after `ms` on the given clock; resolves at once for 0. */
export function sleep(clock: Clock, ms: number): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    clock.setTimeout(resolve, ms);
  });
}

export interface ManualClock extends Clock {
  /** Moves time forward, firing every timer that falls due, in order. */
  advance(ms: number): void;
  /** How many timers are waiting. */
  pendingTimers(): number;
}

export function createManualClock(startAt = Date.parse('2026-03-02T09:00:00.000Z')): ManualClock {
  let now = startAt;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();

  const nextDue = (until: number) => {
    let found: [number, { at: number; callback: () => void }] | undefined;
    for (const entry of timers) {
      if (entry[1].at > until) continue;
      // Ties fire in scheduling order: Map iteration is insertion order.
      if (!found || entry[1].at < found[1].at) found = entry;
    }
    return found;
  };

  return {
    now: () => now,
    setTimeout(callback, ms) {
      const id = nextId++;
      timers.set(id, { at: now + Math.max(0, ms), callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      const target = now + ms;
      for (let due = nextDue(target); due; due = nextDue(target)) {
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].callback();
      }
      now = target;
    },
    pendingTimers: () => timers.size,
  };
}
