/** Small helpers shared by the probes. */
import type { SerializeOptions } from '../protocol/serialize.ts';
import type { DiffStore } from './diffStore.ts';

export interface ProbeOptions {
  /**
   * Where `(prev, next)` pairs go for lazy diffs. Without it, events carry no `diffId`
   * (the instrumented modules pass the bus' store).
   */
  diffs?: DiffStore;
  /** Limits for payloads put on events. */
  serialize?: SerializeOptions;
  /** Clock for durations (defaults to `performance.now`). */
  now?: () => number;
}

/** Limits for payloads on hot paths (actions, values written). */
export const PAYLOAD_LIMITS: SerializeOptions = { maxDepth: 5, maxKeys: 30, maxItems: 20, maxString: 500, maxNodes: 300 };
/** Limits for small meta values (query keys, args, variables). */
export const META_LIMITS: SerializeOptions = { maxDepth: 4, maxKeys: 12, maxItems: 12, maxString: 200, maxNodes: 60 };

const counters = new Map<string, number>();

/** 'store#1', 'store#2', … per prefix, for the lifetime of the sandbox page. */
export function nextName(prefix: string): string {
  const n = (counters.get(prefix) ?? 0) + 1;
  counters.set(prefix, n);
  return `${prefix}#${n}`;
}

let reported = false;

/**
 * Run probe code so that a bug in a probe never breaks the reader's program: errors are logged
 * once and swallowed.
 */
export function guard(fn: () => void): void {
  try {
    fn();
  } catch (err) {
    if (!reported) {
      reported = true;
      console.warn('[statelab] a visualizer probe failed; the timeline may be incomplete', err);
    }
  }
}

export const defaultNow = (): number => performance.now();

/**
 * The call stack here, deep enough to reach past a library's own frames to its caller (V8 keeps
 * 10 frames by default). For probes that name who made a change; read once per change.
 */
export function callStack(): string | undefined {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 40;
  try {
    return new Error().stack;
  } finally {
    Error.stackTraceLimit = limit;
  }
}
