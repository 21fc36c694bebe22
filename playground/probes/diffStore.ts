/**
 * Lazy diffs. Probes must not compute a full diff at dispatch time: the cost would grow with the
 * size of the state. Instead a probe stores the `(prev, next)` pair here — free, because the
 * states are immutable and structurally shared, so keeping the references costs no copying — and
 * puts the returned `diffId` on its event. The diff is computed only when the page asks for it
 * (`request-diff` control → `diff` reply), and even then it only descends where references differ.
 *
 * The store is bounded (oldest pairs are evicted), so it never pins more than `capacity` old
 * states in memory; asking for an evicted id answers `error: 'expired'`.
 */
import { diffDetailed, type DiffOptions, type DiffResult } from '../protocol/diff.ts';

export class DiffStore {
  private readonly pairs = new Map<number, readonly [unknown, unknown] | (() => readonly [unknown, unknown])>();
  private nextId = 1;

  readonly capacity: number;

  constructor(capacity = 500) {
    this.capacity = capacity;
  }

  /** Keep `(prev, next)` and return its id. O(1). */
  put(prev: unknown, next: unknown): number {
    return this.store([prev, next]);
  }

  /**
   * Keep a function producing `(prev, next)` when the diff is requested — for values that need
   * work to become comparable (e.g. JSON strings written to localStorage). O(1).
   */
  putLazy(pair: () => readonly [unknown, unknown]): number {
    return this.store(pair);
  }

  private store(entry: readonly [unknown, unknown] | (() => readonly [unknown, unknown])): number {
    const id = this.nextId++;
    this.pairs.set(id, entry);
    if (this.pairs.size > this.capacity) {
      // Map iterates in insertion order: the first key is the oldest.
      const oldest = this.pairs.keys().next();
      if (!oldest.done) this.pairs.delete(oldest.value);
    }
    return id;
  }

  has(id: number): boolean {
    return this.pairs.has(id);
  }

  get size(): number {
    return this.pairs.size;
  }

  /** Compute the diff for `id`, or undefined if it was evicted / never existed. */
  compute(id: number, options?: DiffOptions): DiffResult | undefined {
    const entry = this.pairs.get(id);
    if (!entry) return undefined;
    const pair = typeof entry === 'function' ? entry() : entry;
    return diffDetailed(pair[0], pair[1], options);
  }

  clear(): void {
    this.pairs.clear();
  }
}
