import { userFrames } from '../errorReport.ts';
import type { Collector } from './runner.ts';

let active: { collector: Collector; files: Record<string, string> } | null = null;

/** Evaluates a test file with `describe`/`it` (the `vitest` vendor module) collecting into `collector`. */
export function collecting<T>(collector: Collector, files: Record<string, string>, evaluate: () => T): T {
  active = { collector, files };
  try {
    return evaluate();
  } finally {
    active = null;
  }
}

export function activeCollector(name: string): Collector {
  if (!active) {
    throw new Error(`${name}() ran outside the collection of a test file: call describe, it and the hooks at the top level of the file or inside describe, not inside a test.`);
  }
  return active.collector;
}

/** Where the caller of `it()` is in the reader's files: a timeout is reported there. */
export function callerLocation(): { file: string; line: number } | undefined {
  if (!active) return undefined;
  const frame = userFrames(new Error().stack ?? '', active.files)[0];
  return frame ? { file: frame._originalFileName!, line: frame._originalLineNumber! } : undefined;
}
