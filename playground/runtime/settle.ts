/**
 * When a run's start-up is over. A playground's first paint with data is a few steps after
 * its code ran: React renders, effects send requests, the mock backend answers, React renders
 * again. The page and the preview share one main thread (their origins are same-site), so
 * anything the page starts in that window (mounting the code editor, above all) delays the
 * preview. This tells the page when it may start.
 */

export interface Activity {
  /** A counter that moves whenever something happens (the probes' emitted-event count). */
  events: number;
  /** Requests of the run not yet answered. */
  pendingRequests: number;
}

export interface SettleOptions {
  activity: () => Activity;
  /** Calls back on the next animation frame (the real `requestAnimationFrame`). */
  nextFrame: (callback: () => void) => void;
  now: () => number;
  /** Frames in a row with no event and no pending request. */
  quietFrames?: number;
  /** Gives up waiting after this long: an app that animates or polls every frame is never quiet. */
  maxWaitMs?: number;
  /** True once the run is replaced; then the watch ends without calling back. */
  cancelled?: () => boolean;
}

/**
 * Calls `onSettled` once `quietFrames` animation frames in a row passed with no new event and
 * no pending request (or after `maxWaitMs`). A frame only ticks after the one before it was
 * painted, so by then the preview shows what its first requests brought.
 */
export function watchSettle(onSettled: () => void, options: SettleOptions): void {
  const { activity, nextFrame, now, quietFrames = 2, maxWaitMs = 3000, cancelled = () => false } = options;
  const deadline = now() + maxWaitMs;
  let last = activity().events;
  let quiet = 0;
  const tick = () => {
    if (cancelled()) return;
    const current = activity();
    quiet = current.events === last && current.pendingRequests === 0 ? quiet + 1 : 0;
    last = current.events;
    if (quiet >= quietFrames || now() >= deadline) onSettled();
    else nextFrame(tick);
  };
  nextFrame(tick);
}
