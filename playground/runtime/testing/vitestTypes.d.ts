// The types of `vitest` as the playground's Tests tab provides it (playground/runtime/testing/vitestShim.ts):
// the editor's type checker reads this in place of Vitest's own types, which assume Node.
import type { ExpectStatic } from '@vitest/expect';
import type { clearAllMocks, fn, isMockFunction, resetAllMocks, restoreAllMocks, spyOn } from '@vitest/spy';

export type { Mock, MockInstance, Mocked } from '@vitest/spy';

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
export declare const vi: {
  fn: typeof fn;
  spyOn: typeof spyOn;
  isMockFunction: typeof isMockFunction;
  clearAllMocks: typeof clearAllMocks;
  resetAllMocks: typeof resetAllMocks;
  restoreAllMocks: typeof restoreAllMocks;
  mocked<T>(value: T): T;
  /** Needs Vitest in Node: throws in the Tests tab. */
  useFakeTimers(config?: object): never;
  /** Needs Vitest in Node: throws in the Tests tab. */
  mock(path: string, factory?: () => unknown): never;
  /** Needs Vitest in Node: throws in the Tests tab. */
  stubGlobal(name: string, value: unknown): never;
};
