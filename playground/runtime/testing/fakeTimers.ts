/**
 * `vi.useFakeTimers()` and the calls that move the fake clock, for the Tests tab: Vitest's own
 * semantics (its FakeTimers class, method for method) over the release of `@sinonjs/fake-timers`
 * that Vitest bundles. The fakes replace the frame's timers, `Date` and `performance` on the
 * global, as Vitest replaces Node's; the reader's modules reach them because the run scope looks
 * its timers up on the window at each call. The scheduler (runner.ts) keeps the real timers it
 * captured at start-up, so a test's timeout still fires while its fake clock stands still.
 */
import { withGlobal, type Config, type FakeMethod, type Clock } from '@sinonjs/fake-timers';

export type FakeTimerConfig = Omit<Config, 'target' | 'ignoreMissingTimers'>;

/** Vitest's configuration defaults (`test.fakeTimers`), under what a test passes to useFakeTimers. */
const VITEST_DEFAULTS: FakeTimerConfig = { loopLimit: 10_000, shouldClearNativeTimers: true };

const NOT_FAKED = "A function to advance timers was called but the timers APIs are not mocked. Call `vi.useFakeTimers()` in the test file first.";

export class FakeTimers {
  private readonly implementation: ReturnType<typeof withGlobal>;
  private readonly global: { Date: DateConstructor };
  private readonly realNow: () => number;
  private clock: Clock | null = null;
  /** True once useFakeTimers installed the clock; false while only Date is faked (setSystemTime alone). */
  private fakingTime = false;
  /** The state a test started in, so leaving it undoes only what the test itself faked. */
  private fakedBeforeTest = false;

  constructor(global: object = globalThis) {
    this.implementation = withGlobal(global);
    this.global = global as { Date: DateConstructor };
    const RealDate = this.global.Date;
    this.realNow = () => RealDate.now();
  }

  useFakeTimers(config: FakeTimerConfig = {}) {
    // The clock goes on from a date setSystemTime faked, else from Date.now() (a faked Date's, when re-faking).
    const now = this.clock && !this.fakingTime ? this.clock.now : this.global.Date.now();
    this.clock?.uninstall();
    // As Vitest: everything the platform has, except what promises and Node's own ticks rely on.
    const toFake =
      config.toFake ?? (config.toNotFake ? undefined : (Object.keys(this.implementation.timers) as FakeMethod[]).filter((t) => t !== 'nextTick' && t !== 'queueMicrotask'));
    const toNotFake = config.toNotFake && [...new Set<FakeMethod>([...config.toNotFake, 'nextTick', 'queueMicrotask'])];
    this.clock = this.implementation.install({ now, ...VITEST_DEFAULTS, ...config, ...(toFake && { toFake }), ...(toNotFake && { toNotFake }), ignoreMissingTimers: true });
    this.fakingTime = true;
  }

  useRealTimers() {
    this.clock?.uninstall();
    this.clock = null;
    this.fakingTime = false;
  }

  isFakeTimers(): boolean {
    return this.fakingTime;
  }

  /** With fake timers, moves the clock's wall time; without, fakes only `Date` (Vitest does the same). */
  setSystemTime(time?: number | string | Date) {
    const date = time === undefined ? new Date(this.realNow()) : new Date(time);
    if (this.clock) this.clock.setSystemTime(date);
    else this.clock = this.implementation.install({ now: date, toFake: ['Date', 'Temporal'], ignoreMissingTimers: true });
  }

  getMockedSystemTime(): Date | null {
    return this.clock ? new Date(this.clock.now) : null;
  }

  getRealSystemTime(): number {
    return this.realNow();
  }

  getTimerCount(): number {
    return this.fakingTime ? this.clock!.countTimers() : 0;
  }

  clearAllTimers() {
    if (this.fakingTime) this.clock!.reset();
  }

  advanceTimersByTime(ms: number) {
    this.faked().tick(ms);
  }

  async advanceTimersByTimeAsync(ms: number) {
    await this.faked().tickAsync(ms);
  }

  runAllTimers() {
    this.faked().runAll();
  }

  async runAllTimersAsync() {
    await this.faked().runAllAsync();
  }

  runOnlyPendingTimers() {
    this.faked().runToLast();
  }

  async runOnlyPendingTimersAsync() {
    await this.faked().runToLastAsync();
  }

  advanceTimersToNextTimer(steps = 1) {
    const clock = this.faked();
    for (let i = steps; i > 0; i--) {
      clock.next();
      // Fires every timer due at that moment, as Vitest does (sinonjs/fake-timers#250).
      clock.tick(0);
      if (clock.countTimers() === 0) break;
    }
  }

  async advanceTimersToNextTimerAsync(steps = 1) {
    const clock = this.faked();
    for (let i = steps; i > 0; i--) {
      await clock.nextAsync();
      clock.tick(0);
      if (clock.countTimers() === 0) break;
    }
  }

  advanceTimersToNextFrame() {
    this.faked().runToFrame();
  }

  /** Called by the Tests tab before each test's beforeEach hooks. */
  enterTest() {
    this.fakedBeforeTest = this.clock !== null;
  }

  /**
   * Called after each test's afterEach hooks: timers the test faked (in beforeEach, its body or
   * afterEach) go back to real ones, so no test inherits another's clock. Fakes a file installed
   * for all its tests (at its top level or in beforeAll) stay until the file ends, as in Vitest.
   */
  leaveTest() {
    if (!this.fakedBeforeTest) this.useRealTimers();
  }

  private faked(): Clock {
    if (!this.fakingTime) throw new Error(NOT_FAKED);
    return this.clock!;
  }
}

/** The frame's clock: the one `vi` drives, and the Tests tab puts back between tests and files. */
export const fakeTimers = new FakeTimers();
