/**
 * The small test scheduler of the playground's Tests tab: `describe`/`it`/hooks collect a tree
 * while a test file is evaluated, then `runSuite` runs it in order (beforeAll, then for each test
 * the beforeEach hooks outside-in, the test, the afterEach hooks inside-out; afterAll last), each
 * test racing a timeout. Assertions (`@vitest/expect`) and spies (`@vitest/spy`) are packages;
 * this is the part no package provides for a browser without Node. It knows nothing of the DOM,
 * so Node's unit tests drive it directly.
 */

import type { TestFailure, TestResult } from '../../protocol/messages.ts';

export type { TestFailure, TestResult };
export type TestFn = () => unknown;
type HookKind = 'beforeAll' | 'afterAll' | 'beforeEach' | 'afterEach';

export interface SourceLocation {
  file: string;
  line: number;
}

interface TestCase {
  name: string;
  fn: TestFn | null;
  timeoutMs?: number;
  skip: boolean;
  /** Where `it()` was called: a failure that happened nowhere in particular (a timeout) is shown there. */
  at?: SourceLocation;
}

interface Suite {
  name: string;
  skip: boolean;
  children: (TestCase | Suite)[];
  hooks: Record<HookKind, TestFn[]>;
}

export interface RunOptions {
  /** Per test (and per hook) unless the test names its own. Vitest's default: 5 s. */
  timeoutMs?: number;
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
  /** Turns what a test threw into what the tab shows. */
  describe?: (error: unknown) => TestFailure;
  /** Runs before each test's beforeEach hooks (the Tests tab notes whether its timers are fake). */
  beforeEachTest?: () => void;
  /** Runs after each test's own afterEach hooks (the Tests tab unmounts what Testing Library rendered). */
  afterEachTest?: () => unknown;
  /** Once aborted, the test in progress is given up and the rest are not started. */
  signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT_MS = 5000;

// Kept from when the runtime loaded, before a test could fake them (vi.useFakeTimers replaces the
// globals): a test's timeout must fire while its fake clock stands still, and durations stay real.
const realSetTimeout = globalThis.setTimeout.bind(globalThis);
const realClearTimeout = globalThis.clearTimeout.bind(globalThis);
const realNow = performance.now.bind(performance);

export class TestTimeoutError extends Error {
  constructor(ms: number) {
    super(
      `Test timed out in ${ms} ms: it never settled. A promise it awaits never resolved (an answer that never comes, a waitFor whose text never shows). Pass a longer timeout as the third argument of it() if it needs more time.`,
    );
    this.name = 'TestTimeoutError';
  }
}

function newSuite(name: string, skip = false): Suite {
  return { name, skip, children: [], hooks: { beforeAll: [], afterAll: [], beforeEach: [], afterEach: [] } };
}

const isSuite = (node: TestCase | Suite): node is Suite => 'children' in node;

/** Collects one file's `describe`/`it`/hooks. */
export class Collector {
  readonly root = newSuite('');
  private current = this.root;

  describe(name: string, fn: () => void, skip = false) {
    const suite = newSuite(name, skip || this.current.skip);
    this.current.children.push(suite);
    const parent = this.current;
    this.current = suite;
    try {
      const result = fn() as unknown;
      if (result instanceof Promise) throw new Error(`describe('${name}') returned a promise: a describe block collects tests and may not await; await inside it() or beforeEach().`);
    } finally {
      this.current = parent;
    }
  }

  test(name: string, fn: TestFn | undefined, timeoutMs?: number, skip = false, at?: SourceLocation) {
    this.current.children.push({ name, fn: fn ?? null, timeoutMs, skip: skip || this.current.skip || !fn, at });
  }

  hook(kind: HookKind, fn: TestFn) {
    this.current.hooks[kind].push(fn);
  }

  count(): number {
    const walk = (suite: Suite): number => suite.children.reduce((n, c) => n + (isSuite(c) ? walk(c) : 1), 0);
    return walk(this.root);
  }
}

function defaultDescribe(error: unknown): TestFailure {
  return { message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}

/** Runs what a Collector gathered; resolves with one result per test, in order. Never rejects. */
export async function runSuite(root: Suite, options: RunOptions = {}): Promise<TestResult[]> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const now = options.now ?? realNow;
  const setTimer = options.setTimer ?? ((callback, ms) => realSetTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((id) => realClearTimeout(id as ReturnType<typeof setTimeout>));
  const describe = options.describe ?? defaultDescribe;
  const results: TestResult[] = [];

  /** Calls fn, failing after ms; resolves with the error, or undefined when it passed. */
  // Cleanup (afterEach, afterAll) is not abortable: a given-up run still unmounts what it rendered.
  const call = (fn: TestFn, ms: number, abortable = true): Promise<unknown> =>
    new Promise((resolve) => {
      const signal = abortable ? options.signal : undefined;
      if (signal?.aborted) return resolve(signal.reason);
      let done = false;
      const finish = (error: unknown) => {
        if (done) return;
        done = true;
        clearTimer(timer);
        signal?.removeEventListener('abort', onAbort);
        resolve(error);
      };
      const onAbort = () => finish(signal!.reason ?? new Error('Aborted'));
      const timer = setTimer(() => finish(new TestTimeoutError(ms)), ms);
      signal?.addEventListener('abort', onAbort);
      try {
        Promise.resolve(fn()).then(
          () => finish(undefined),
          (error: unknown) => finish(error ?? new Error('The test rejected with no reason')),
        );
      } catch (error) {
        finish(error);
      }
    });

  const skipAll = (suite: Suite, path: string[]) => {
    for (const child of suite.children) {
      if (isSuite(child)) skipAll(child, [...path, child.name]);
      else results.push({ path: [...path, child.name], status: 'skip', durationMs: 0 });
    }
  };

  const visit = async (suite: Suite, path: string[], eachBefore: TestFn[], eachAfter: TestFn[]) => {
    const runnable = (s: Suite): boolean => !s.skip && s.children.some((c) => (isSuite(c) ? runnable(c) : !c.skip));
    if (!runnable(suite)) return skipAll(suite, path);
    let setupError: unknown;
    for (const hook of suite.hooks.beforeAll) {
      setupError ??= await call(hook, timeoutMs);
    }
    const before = [...eachBefore, ...suite.hooks.beforeEach];
    const after = [...[...suite.hooks.afterEach].reverse(), ...eachAfter];
    for (const child of suite.children) {
      if (isSuite(child)) {
        if (setupError === undefined) await visit(child, [...path, child.name], before, after);
        else skipAll(child, [...path, child.name]);
        continue;
      }
      const testPath = [...path, child.name];
      if (child.skip || options.signal?.aborted) {
        results.push({ path: testPath, status: 'skip', durationMs: 0 });
        continue;
      }
      const start = now();
      options.beforeEachTest?.();
      let error: unknown = setupError;
      // A failing beforeEach skips the test; the afterEach hooks still run, so cleanup happens.
      for (const hook of before) if (error === undefined) error = await call(hook, timeoutMs);
      if (error === undefined) error = await call(child.fn!, child.timeoutMs ?? timeoutMs);
      for (const hook of after) {
        const hookError = await call(hook, timeoutMs, false);
        if (error === undefined) error = hookError;
      }
      if (options.afterEachTest) {
        const cleanupError = await call(options.afterEachTest, timeoutMs, false);
        if (error === undefined) error = cleanupError;
      }
      const durationMs = now() - start;
      if (error === undefined) {
        results.push({ path: testPath, status: 'pass', durationMs });
      } else {
        const failure = describe(error);
        if (failure.file === undefined && child.at) Object.assign(failure, child.at);
        results.push({ path: testPath, status: 'fail', durationMs, failure });
      }
    }
    for (const hook of suite.hooks.afterAll) await call(hook, timeoutMs, false);
  };

  await visit(root, [], [], []);
  return results;
}
