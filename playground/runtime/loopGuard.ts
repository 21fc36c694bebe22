/** The parameter name the guarded code calls; it is passed to each module's wrapper. */
export const LOOP_GUARD = '__statelabLoopGuard';

const LOOP_BUDGET_MS = 1000;
// Kept from start-up: a test's vi.useFakeTimers() replaces `performance`, and a clock that
// stands still would let a loop run forever.
const realNow = performance.now.bind(performance);

export class PossibleInfiniteLoopError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
  ) {
    super(`Possible infinite loop at ${file.replace(/^\//, '')}:${line}. The loop ran for over a second without letting the page breathe, so it was stopped.`);
    this.name = 'PossibleInfiniteLoopError';
  }
}

/** Runs a callback in a later task, through a private message channel. */
function onNextTask(): (callback: () => void) => void {
  const channel = new MessageChannel();
  let pending: (() => void) | null = null;
  channel.port1.onmessage = () => pending?.();
  return (callback) => {
    pending = callback;
    channel.port2.postMessage(0);
  };
}

/**
 * The guard: a synchronous stretch of work (one task of the event loop) may spend
 * at most a second inside loops. A message on a private channel marks the end of
 * the task; it cannot arrive while a loop blocks the thread. Unlike timers,
 * channel messages are not throttled in background frames.
 */
export function createLoopGuard(now: () => number = realNow, afterThisTask: (callback: () => void) => void = onNextTask()) {
  let taskStart: number | null = null;
  const endTask = () => {
    taskStart = null;
  };
  return function loopGuard(file: string, line: number) {
    const time = now();
    if (taskStart === null) {
      taskStart = time;
      afterThisTask(endTask);
    } else if (time - taskStart > LOOP_BUDGET_MS) {
      throw new PossibleInfiniteLoopError(file, line);
    }
  };
}
