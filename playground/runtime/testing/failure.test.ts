import { describe, expect, it } from 'vitest';
import { MODULE_URL_PREFIX } from '../moduleUrl.ts';
import { PossibleInfiniteLoopError } from '../loopGuard.ts';
import { expect as playgroundExpect } from './expect.ts';
import { describeFailure } from './failure.ts';

const files = { '/tasks.ts': 'export const x = 1;\n', '/tasks.test.ts': 'it("x", () => {\n  expect(1).toBe(2);\n});\n' };

/** What a test's error looks like when it comes from the reader's modules (their sourceURL). */
function thrownAt<E extends Error>(error: E, frames: [string, number][]): E {
  error.stack = `${error.name}: ${error.message}\n${frames.map(([file, line]) => `    at fn (http://127.0.0.1:4322${MODULE_URL_PREFIX}${file}:${line}:5)`).join('\n')}`;
  return error;
}

function failureOf(assertion: () => void) {
  try {
    assertion();
  } catch (error) {
    return error as Error;
  }
  throw new Error('the assertion passed');
}

describe("the Tests tab's expect and failure report", () => {
  it('reports expected and received of a toBe, at the expect line of the test file', () => {
    const error = thrownAt(failureOf(() => playgroundExpect(true).toBe(false)), [
      ['/tasks.ts', 1],
      ['/tasks.test.ts', 2],
    ]);
    expect(describeFailure(error, files)).toEqual({
      message: 'expected true to be false // Object.is equality',
      expected: 'false',
      received: 'true',
      file: '/tasks.test.ts',
      line: 2,
    });
  });

  it('prints objects for toEqual as Vitest does', () => {
    const failure = describeFailure(failureOf(() => playgroundExpect({ id: 4, done: true }).toEqual({ id: 4, done: false })), files);
    expect(failure.expected).toBe('Object {\n  "done": false,\n  "id": 4,\n}');
    expect(failure.received).toBe('Object {\n  "done": true,\n  "id": 4,\n}');
  });

  // `.rejects` is left to the browser tests: in Node, Vitest's own plugins sit on the same chai too.
  it('supports the matchers the examples use: asymmetric and spies', async () => {
    playgroundExpect({ id: 1, title: 'a' }).toMatchObject({ title: playgroundExpect.any(String) });
    const { fn } = await import('@vitest/spy');
    const spy = fn();
    spy(3);
    playgroundExpect(spy).toHaveBeenCalledWith(3);
  });

  it('names an error that is not an assertion, at the innermost of the reader\'s frames', () => {
    const error = thrownAt(new TypeError("Cannot read properties of undefined (reading 'done')"), [
      ['/tasks.ts', 1],
      ['/tasks.test.ts', 2],
    ]);
    expect(describeFailure(error, files)).toEqual({
      message: "TypeError: Cannot read properties of undefined (reading 'done')",
      file: '/tasks.ts',
      line: 1,
    });
  });

  it('takes the place from errors that carry it, such as the loop guard', () => {
    expect(describeFailure(new PossibleInfiniteLoopError('/tasks.ts', 1), files)).toMatchObject({ file: '/tasks.ts', line: 1 });
  });
});
