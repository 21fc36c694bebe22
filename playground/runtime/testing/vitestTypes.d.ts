// The types of `vitest` as the playground's Tests tab provides it (playground/runtime/testing/vitestShim.ts):
// the editor's type checker reads this in place of Vitest's own types, which assume Node.
import type { ExpectStatic } from '@vitest/expect';
import type { clearAllMocks, fn, isMockFunction, resetAllMocks, restoreAllMocks, spyOn } from '@vitest/spy';
import type { Config as SinonConfig } from '@sinonjs/fake-timers';

export type { Mock, MockInstance, Mocked } from '@vitest/spy';

/** `vi.useFakeTimers(config)`: which timers to fake (`toFake`), the start time (`now`), …, as in Vitest. */
export type FakeTimerInstallOpts = Omit<SinonConfig, 'target' | 'ignoreMissingTimers'>;

type Body = () => unknown;
type Options = number | { timeout?: number };

interface TestFunction {
  (name: string, body?: Body, options?: Options): void;
  skip(name: string, body?: Body, options?: Options): void;
  only(name: string, body?: Body, options?: Options): void;
  todo(name: string): void;
}

interface DescribeFunction {
  (name: string, body: () => void): void;
  skip(name: string, body: () => void): void;
  only(name: string, body: () => void): void;
}

export declare const it: TestFunction;
export declare const test: TestFunction;
export declare const describe: DescribeFunction;
export declare const suite: DescribeFunction;
export declare function beforeEach(body: Body): void;
export declare function afterEach(body: Body): void;
export declare function beforeAll(body: Body): void;
export declare function afterAll(body: Body): void;
export declare const expect: ExpectStatic;
export interface VitestUtils {
  fn: typeof fn;
  spyOn: typeof spyOn;
  isMockFunction: typeof isMockFunction;
  clearAllMocks: typeof clearAllMocks;
  resetAllMocks: typeof resetAllMocks;
  restoreAllMocks: typeof restoreAllMocks;
  mocked<T>(value: T): T;
  /** Replaces the timers, Date and performance with a fake clock that moves only when told to. */
  useFakeTimers(config?: FakeTimerInstallOpts): VitestUtils;
  useRealTimers(): VitestUtils;
  isFakeTimers(): boolean;
  /** Moves the fake clock's wall time (Date) without firing timers; without fake timers, fakes Date alone. */
  setSystemTime(time: number | string | Date): VitestUtils;
  getMockedSystemTime(): Date | null;
  getRealSystemTime(): number;
  getTimerCount(): number;
  clearAllTimers(): VitestUtils;
  advanceTimersByTime(ms: number): VitestUtils;
  /** As advanceTimersByTime, letting promises settle between timers: use it when the code awaits. */
  advanceTimersByTimeAsync(ms: number): Promise<VitestUtils>;
  advanceTimersToNextTimer(): VitestUtils;
  advanceTimersToNextTimerAsync(): Promise<VitestUtils>;
  advanceTimersToNextFrame(): VitestUtils;
  runAllTimers(): VitestUtils;
  runAllTimersAsync(): Promise<VitestUtils>;
  runOnlyPendingTimers(): VitestUtils;
  runOnlyPendingTimersAsync(): Promise<VitestUtils>;
  /** Needs Vitest in Node: throws in the Tests tab. */
  mock(path: string, factory?: () => unknown): never;
  /** Needs Vitest in Node: throws in the Tests tab. */
  stubGlobal(name: string, value: unknown): never;
}

export declare const vi: VitestUtils;
