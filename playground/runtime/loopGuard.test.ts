import { describe, expect, it, vi } from 'vitest';
import { insertLoopGuards } from './insertLoopGuards.ts';
import { createLoopGuard, LOOP_GUARD, PossibleInfiniteLoopError } from './loopGuard.ts';

function runGuarded(code: string, guard: (file: string, line: number) => void) {
  return new Function(LOOP_GUARD, insertLoopGuards(code, '/App.tsx'))(guard);
}

describe('loop guards', () => {
  it('guards every kind of loop, with the line of the loop, and leaves the result unchanged', () => {
    const calls: number[] = [];
    const code = [
      'let n = 0;',
      'for (let i = 0; i < 2; i++) n++;',
      'while (n < 4) { n++; }',
      'do n++; while (n < 5);',
      'for (const k in { a: 1 }) n++;',
      'for (const v of [1]) { n += v; }',
      'return n;',
    ].join('\n');
    const result = runGuarded(code, (_file, line) => calls.push(line));
    expect(result).toBe(7);
    expect([...new Set(calls)]).toEqual([2, 3, 4, 5, 6]);
  });

  it('stops a loop that runs for over a second in one task, naming file and line', () => {
    let now = 0;
    const guard = createLoopGuard(() => (now += 10));
    expect(() => runGuarded('let spins = 0;\nwhile (true) { spins++; }', guard)).toThrow(PossibleInfiniteLoopError);
    expect(() => runGuarded('\nwhile (true) {}', createLoopGuard(() => (now += 10)))).toThrow('Possible infinite loop at App.tsx:2');
  });

  it('keeps counting real time while a test has faked performance', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      const guard = createLoopGuard();
      // Bounded by the real Date, so that without the guard the loop ends and the test fails.
      expect(() => runGuarded('const end = Date.now() + 1500;\nwhile (Date.now() < end) {}', guard)).toThrow(PossibleInfiniteLoopError);
    } finally {
      vi.useRealTimers();
    }
  });

  it('lets long work spread over many tasks run', async () => {
    let now = 0;
    // A timer marks the end of each task here, so the order with the test's own timer is certain.
    const guard = createLoopGuard(() => (now += 300), (endTask) => setTimeout(endTask, 0));
    for (let task = 0; task < 5; task++) {
      expect(runGuarded('let n = 0; while (n < 3) n++; return n;', guard)).toBe(3);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  });
});
