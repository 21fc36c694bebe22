import { stringify } from '@vitest/utils/display';
import { userFrames } from '../errorReport.ts';
import type { TestFailure } from './runner.ts';

export const TEST_FILE = /\.test\.[jt]sx?$/;

interface AssertionLike {
  actual?: unknown;
  expected?: unknown;
  showDiff?: boolean;
}

/**
 * What the Tests tab shows for an error a test threw: the message; for an assertion that
 * compares values, expected and received as Vitest prints them; and where it happened in the
 * reader's files (for an assertion, the line of the `expect` in the test file).
 */
export function describeFailure(error: unknown, files: Record<string, string>): TestFailure {
  const e = error instanceof Error ? error : new Error(String(error));
  const failure: TestFailure = { message: e.name === 'AssertionError' ? e.message : `${e.name}: ${e.message}` };
  const assertion = e as Error & AssertionLike;
  if (e.name === 'AssertionError' && assertion.showDiff !== false && ('expected' in assertion || 'actual' in assertion)) {
    failure.expected = stringify(assertion.expected);
    failure.received = stringify(assertion.actual);
  }
  const located = e as Error & { file?: unknown; line?: unknown };
  if (typeof located.file === 'string' && typeof located.line === 'number') {
    // A syntax error, a missing import, the loop guard: they say where themselves.
    failure.file = located.file;
    failure.line = located.line;
    return failure;
  }
  const frames = userFrames(e.stack ?? '', files);
  const frame = (e.name === 'AssertionError' && frames.find((f) => TEST_FILE.test(f._originalFileName ?? ''))) || frames[0];
  if (frame) {
    failure.file = frame._originalFileName ?? undefined;
    failure.line = frame._originalLineNumber ?? undefined;
  }
  return failure;
}
