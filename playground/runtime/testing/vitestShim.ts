/**
 * What `import { describe, it, expect, vi } from 'vitest'` gives a test file in the playground's
 * Tests tab: the same names as Vitest, so the file is the one CI runs in Node. `expect` and the
 * spies are Vitest's own packages; the collection goes to the scheduler in runner.ts.
 */
import { clearAllMocks, fn, isMockFunction, resetAllMocks, restoreAllMocks, spyOn } from '@vitest/spy';
import { activeCollector, callerLocation } from './current.ts';
import { expect } from './expect.ts';
import { fakeTimers, type FakeTimerConfig } from './fakeTimers.ts';
import type { TestFn } from './runner.ts';

type Body = TestFn | undefined;
type Options = number | { timeout?: number } | undefined;
const timeoutOf = (options: Options) => (typeof options === 'number' ? options : options?.timeout);

function defineTest(skip: boolean) {
  return (name: string, body?: Body, options?: Options) => activeCollector('it').test(name, body, timeoutOf(options), skip, callerLocation());
}

function defineDescribe(skip: boolean) {
  return (name: string, body: () => void) => activeCollector('describe').describe(name, body, skip);
}

const notInPlayground = (name: string) => () => {
  throw new Error(`vi.${name}() needs Vitest in Node: this test runs under npm test, not in the playground's Tests tab.`);
};

export const it = Object.assign(defineTest(false), {
  skip: defineTest(true),
  todo: (name: string) => activeCollector('it').test(name, undefined),
  only: defineTest(false),
});
export const test = it;
export const describe = Object.assign(defineDescribe(false), { skip: defineDescribe(true), only: defineDescribe(false) });
export const suite = describe;
export const beforeEach = (body: TestFn) => activeCollector('beforeEach').hook('beforeEach', body);
export const afterEach = (body: TestFn) => activeCollector('afterEach').hook('afterEach', body);
export const beforeAll = (body: TestFn) => activeCollector('beforeAll').hook('beforeAll', body);
export const afterAll = (body: TestFn) => activeCollector('afterAll').hook('afterAll', body);
export { expect };

type Timers = typeof fakeTimers;
/** A clock call that returns `vi`, so calls chain as in Vitest (`vi.useFakeTimers().setSystemTime(0)`). */
const chained =
  <A extends unknown[]>(call: (timers: Timers, ...args: A) => void) =>
  (...args: A) => {
    call(fakeTimers, ...args);
    return vi;
  };
const chainedAsync =
  <A extends unknown[]>(call: (timers: Timers, ...args: A) => Promise<void>) =>
  async (...args: A) => {
    await call(fakeTimers, ...args);
    return vi;
  };

export const vi = {
  fn,
  spyOn,
  isMockFunction,
  clearAllMocks,
  resetAllMocks,
  restoreAllMocks,
  mocked: <T>(value: T) => value,
  useFakeTimers: chained((t, config?: FakeTimerConfig) => t.useFakeTimers(config)),
  useRealTimers: chained((t) => t.useRealTimers()),
  isFakeTimers: () => fakeTimers.isFakeTimers(),
  setSystemTime: chained((t, time: number | string | Date) => t.setSystemTime(time)),
  getMockedSystemTime: () => fakeTimers.getMockedSystemTime(),
  getRealSystemTime: () => fakeTimers.getRealSystemTime(),
  getTimerCount: () => fakeTimers.getTimerCount(),
  clearAllTimers: chained((t) => t.clearAllTimers()),
  advanceTimersByTime: chained((t, ms: number) => t.advanceTimersByTime(ms)),
  advanceTimersByTimeAsync: chainedAsync((t, ms: number) => t.advanceTimersByTimeAsync(ms)),
  advanceTimersToNextTimer: chained((t) => t.advanceTimersToNextTimer()),
  advanceTimersToNextTimerAsync: chainedAsync((t) => t.advanceTimersToNextTimerAsync()),
  advanceTimersToNextFrame: chained((t) => t.advanceTimersToNextFrame()),
  runAllTimers: chained((t) => t.runAllTimers()),
  runAllTimersAsync: chainedAsync((t) => t.runAllTimersAsync()),
  runOnlyPendingTimers: chained((t) => t.runOnlyPendingTimers()),
  runOnlyPendingTimersAsync: chainedAsync((t) => t.runOnlyPendingTimersAsync()),
  mock: notInPlayground('mock'),
  stubGlobal: notInPlayground('stubGlobal'),
};
