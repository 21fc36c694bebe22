import { describe, expect, it, vi } from 'vitest';
import { Collector, runSuite, TestTimeoutError } from './runner.ts';

const names = (results: { path: string[] }[]) => results.map((r) => r.path.join(' › '));

describe('the Tests tab scheduler', () => {
  it('reports a passing and a failing test, in order, with the error described', async () => {
    const c = new Collector();
    c.describe('math', () => {
      c.test('adds', () => {
        if (1 + 1 !== 2) throw new Error('no');
      });
      c.test('fails', async () => {
        await Promise.resolve();
        throw new Error('expected 3 to be 4');
      });
    });
    const results = await runSuite(c.root, { describe: (e) => ({ message: (e as Error).message }) });
    expect(names(results)).toEqual(['math › adds', 'math › fails']);
    expect(results.map((r) => r.status)).toEqual(['pass', 'fail']);
    expect(results[1]!.failure).toEqual({ message: 'expected 3 to be 4' });
  });

  it('fails a test that never settles after the timeout, and goes on to the next', async () => {
    const c = new Collector();
    c.test('hangs', () => new Promise(() => {}), undefined, false, { file: '/tasks.test.ts', line: 7 });
    c.test('after', () => {});
    let errorSeen: unknown;
    const results = await runSuite(c.root, {
      timeoutMs: 30,
      describe: (e) => {
        errorSeen = e;
        return { message: String(e) };
      },
    });
    expect(results.map((r) => r.status)).toEqual(['fail', 'pass']);
    expect(errorSeen).toBeInstanceOf(TestTimeoutError);
    expect((errorSeen as Error).message).toMatch(/timed out in 30 ms/);
    // Shown at the it() that never settled.
    expect(results[0]!.failure).toMatchObject({ file: '/tasks.test.ts', line: 7 });
  });

  it('still times out a test that faked the timers: its timeout runs on the real ones', async () => {
    const c = new Collector();
    c.hook('beforeEach', () => void vi.useFakeTimers());
    c.test('waits for a timer nobody advances', () => new Promise((resolve) => setTimeout(resolve, 10)));
    try {
      const results = await runSuite(c.root, { timeoutMs: 30 });
      expect(results[0]!.failure!.message).toMatch(/timed out in 30 ms/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('honours a timeout the test names itself', async () => {
    const c = new Collector();
    c.test('slow but allowed', () => new Promise((resolve) => setTimeout(resolve, 40)), 200);
    const results = await runSuite(c.root, { timeoutMs: 10 });
    expect(results[0]!.status).toBe('pass');
  });

  it('runs hooks in Vitest order: beforeAll once, beforeEach outside-in, afterEach inside-out, afterAll last', async () => {
    const log: string[] = [];
    const c = new Collector();
    c.hook('beforeAll', () => void log.push('beforeAll'));
    c.hook('beforeEach', () => void log.push('outer before'));
    c.hook('afterEach', () => void log.push('outer after'));
    c.hook('afterAll', () => void log.push('afterAll'));
    c.describe('inner', () => {
      c.hook('beforeEach', () => void log.push('inner before'));
      c.hook('afterEach', () => void log.push('inner after'));
      c.test('one', () => void log.push('one'));
      c.test('two', () => void log.push('two'));
    });
    await runSuite(c.root);
    expect(log).toEqual([
      'beforeAll',
      'outer before', 'inner before', 'one', 'inner after', 'outer after',
      'outer before', 'inner before', 'two', 'inner after', 'outer after',
      'afterAll',
    ]);
  });

  it('isolates tests: a failure still runs the cleanup, and each test starts from what beforeEach makes', async () => {
    let store: string[] = [];
    const cleanups: number[] = [];
    const c = new Collector();
    c.hook('beforeEach', () => {
      store = [];
    });
    c.test('dirties the store and fails', () => {
      store.push('left over');
      throw new Error('boom');
    });
    c.test('sees a fresh store', () => {
      if (store.length !== 0) throw new Error(`store not fresh: ${store.join()}`);
    });
    const order: string[] = [];
    c.hook('beforeEach', () => void order.push('beforeEach'));
    const results = await runSuite(c.root, {
      beforeEachTest: () => void order.push('beforeEachTest'),
      afterEachTest: () => void cleanups.push(cleanups.length),
    });
    expect(results.map((r) => r.status)).toEqual(['fail', 'pass']);
    expect(cleanups).toEqual([0, 1]);
    expect(order).toEqual(['beforeEachTest', 'beforeEach', 'beforeEachTest', 'beforeEach']);
  });

  it('skips it.skip and tests without a body; an abort gives up the test in progress but still cleans up', async () => {
    const controller = new AbortController();
    const cleaned: string[] = [];
    const c = new Collector();
    c.hook('afterEach', () => void cleaned.push('afterEach'));
    c.test('skipped', () => {}, undefined, true);
    c.test('todo', undefined);
    c.test('hangs until a new edit aborts the run', () => {
      setTimeout(() => controller.abort(new Error('a new edit')), 5);
      return new Promise(() => {});
    });
    c.test('never started', () => {});
    const results = await runSuite(c.root, { signal: controller.signal, timeoutMs: 1000 });
    expect(results.map((r) => r.status)).toEqual(['skip', 'skip', 'fail', 'skip']);
    expect(results[2]!.failure!.message).toMatch(/a new edit/);
    expect(cleaned).toEqual(['afterEach']);
  });

  it('refuses an async describe, which would collect nothing', () => {
    const c = new Collector();
    expect(() => c.describe('async', (async () => {}) as () => void)).toThrow(/may not await/);
  });
});
