/** How long to wait before the next poll: an interval while the server answers; after failures, a backoff that doubles each time, up to a cap. */
export interface PollSchedule {
  intervalMs: number;
  firstRetryMs: number;
  maxRetryMs: number;
}

export const SCHEDULE: PollSchedule = { intervalMs: 5_000, firstRetryMs: 1_000, maxRetryMs: 30_000 };

/** The delay before the next poll, after `failures` failed polls in a row. */
export function nextDelay(failures: number, schedule: PollSchedule = SCHEDULE): number {
  if (failures === 0) return schedule.intervalMs;
  return Math.min(schedule.firstRetryMs * 2 ** (failures - 1), schedule.maxRetryMs);
}

export type PollEvent<T> =
  | { kind: 'data'; data: T; nextInMs: number }
  | { kind: 'error'; error: unknown; failures: number; nextInMs: number };

/**
 * Calls `load` now, then again after each answer, one call at a time (a slow answer delays the
 * next poll rather than overlapping it), until the function it returns is called.
 */
export function startPolling<T>(load: (signal: AbortSignal) => Promise<T>, onEvent: (event: PollEvent<T>) => void, schedule: PollSchedule = SCHEDULE): () => void {
  const controller = new AbortController();
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const poll = async () => {
    try {
      const data = await load(controller.signal);
      if (controller.signal.aborted) return;
      failures = 0;
      onEvent({ kind: 'data', data, nextInMs: nextDelay(failures, schedule) });
    } catch (error) {
      if (controller.signal.aborted) return;
      failures += 1;
      onEvent({ kind: 'error', error, failures, nextInMs: nextDelay(failures, schedule) });
    }
    timer = setTimeout(poll, nextDelay(failures, schedule));
  };

  void poll();
  return () => {
    controller.abort();
    clearTimeout(timer);
  };
}
