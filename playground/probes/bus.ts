/**
 * The probe bus: every probe in the sandbox reports through `emit`, the bus assigns ids and
 * times, keeps events in a bounded ring and posts them to the page in batches.
 *
 * - `emit` is O(1) and allocation-free beyond the event itself (the event object passed in is
 *   completed in place), so bursts of 10,000 events/s stay cheap.
 * - Batches leave at most every `flushInterval` ms (default 50) through the transport the runtime
 *   sets with `connect(post)`.
 * - The ring is bounded (`capacity`): when the page can't keep up (or no transport is connected
 *   yet), the oldest events are dropped and the page is told how many (`dropped` message), so it
 *   can show an "older events dropped" marker.
 * - Flow control: once the page starts acknowledging batches (`ack {seq}`), at most
 *   `maxInFlight` unacknowledged batches are posted; the rest waits in the ring.
 * - Controls from the page: pause/resume (stop/restart recording), clear, request-diff,
 *   request-query-table, ack, and anything else (e.g. `faults`) is forwarded to `onControl`
 *   listeners.
 */
import type { Emit, EventInput, QueryTableRow, TimelineEvent } from '../protocol/events.ts';
import {
  PROTOCOL_TAG,
  PROTOCOL_VERSION,
  isPageMessage,
  type PageMessage,
  type SandboxMessage,
} from '../protocol/messages.ts';
import type { DiffOptions } from '../protocol/diff.ts';
import { DiffStore } from './diffStore.ts';

export type Transport = (message: SandboxMessage) => void;
export type ControlListener = (message: PageMessage) => void;

type TimerHandle = unknown;

export interface ProbeBusOptions {
  /** Max time between an emit and its batch being posted, in ms. Default 50. */
  flushInterval?: number;
  /** Events kept while waiting to be posted; past it the oldest are dropped. Default 10,000. */
  capacity?: number;
  /** Max events per `events` message. Default 5,000. */
  maxBatch?: number;
  /** Unacknowledged batches allowed in flight once the page acks. Default 8. */
  maxInFlight?: number;
  /** `(prev, next)` pairs kept for lazy diffs. Default 500. */
  diffCapacity?: number;
  /** Options for diffs computed on request. */
  diffOptions?: DiffOptions;
  now?: () => number;
  timeOrigin?: number;
  setTimer?: (fn: () => void, ms: number) => TimerHandle;
  clearTimer?: (handle: TimerHandle) => void;
}

export interface ProbeBusStats {
  emitted: number;
  dropped: number;
  buffered: number;
  inFlight: number;
  batches: number;
}

const defaultNow = (): number => performance.now();

export class ProbeBus {
  readonly diffs: DiffStore;

  private readonly flushInterval: number;
  private readonly capacity: number;
  private readonly maxBatch: number;
  private readonly maxInFlight: number;
  private readonly diffOptions: DiffOptions | undefined;
  private readonly now: () => number;
  private readonly timeOrigin: number;
  private readonly setTimer: (fn: () => void, ms: number) => TimerHandle;
  private readonly clearTimer: (handle: TimerHandle) => void;

  private ring: (TimelineEvent | undefined)[];
  private head = 0;
  private count = 0;
  private lastId = 0;
  private emitted = 0;
  private droppedPending = 0;
  private droppedTotal = 0;
  private seq = 0;
  private ackedSeq = 0;
  private acksSeen = false;
  private timer: TimerHandle | undefined;
  private transport: Transport | undefined;
  private isPaused = false;
  private readonly listeners = new Set<ControlListener>();
  private queryTableProviders = new Set<() => QueryTableRow[]>();

  constructor(options: ProbeBusOptions = {}) {
    this.flushInterval = options.flushInterval ?? 50;
    this.capacity = Math.max(1, options.capacity ?? 10_000);
    this.maxBatch = Math.max(1, options.maxBatch ?? 5_000);
    this.maxInFlight = Math.max(1, options.maxInFlight ?? 8);
    this.diffOptions = options.diffOptions;
    this.now = options.now ?? defaultNow;
    this.timeOrigin = options.timeOrigin ?? (typeof performance !== 'undefined' ? performance.timeOrigin : Date.now());
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
    this.ring = new Array<TimelineEvent | undefined>(this.capacity);
    this.diffs = new DiffStore(options.diffCapacity ?? 500);
  }

  /**
   * Record an event. Completes `input` in place (id, time) and returns it, or undefined while
   * paused. Never throws into the caller's code.
   */
  readonly emit: Emit = (input: EventInput): TimelineEvent | undefined => {
    if (this.isPaused) return undefined;
    const event = input as TimelineEvent;
    event.id = ++this.lastId;
    if (event.time === undefined) event.time = this.now();
    this.emitted++;
    if (this.count === this.capacity) {
      // Ring full: overwrite the oldest.
      this.ring[this.head] = event;
      this.head = (this.head + 1) % this.capacity;
      this.droppedPending++;
      this.droppedTotal++;
    } else {
      this.ring[(this.head + this.count) % this.capacity] = event;
      this.count++;
    }
    this.schedule();
    return event;
  };

  /** Set the transport (the runtime's `postMessage` to the page) and say hello. */
  connect(post: Transport): void {
    this.transport = post;
    this.safePost({ statelab: PROTOCOL_TAG, type: 'hello', protocol: PROTOCOL_VERSION, timeOrigin: this.timeOrigin });
    this.acksSeen = false;
    this.ackedSeq = this.seq;
    if (this.count > 0 || this.droppedPending > 0) this.schedule();
  }

  disconnect(): void {
    this.transport = undefined;
    if (this.timer !== undefined) {
      this.clearTimer(this.timer);
      this.timer = undefined;
    }
  }

  get connected(): boolean {
    return this.transport !== undefined;
  }

  get paused(): boolean {
    return this.isPaused;
  }

  /** Stop recording: `emit` becomes a no-op until `resume()`. */
  pause(): void {
    this.isPaused = true;
  }

  resume(): void {
    this.isPaused = false;
  }

  /** Forget buffered events and stored diffs (ids keep increasing). */
  clear(): void {
    this.ring = new Array<TimelineEvent | undefined>(this.capacity);
    this.head = 0;
    this.count = 0;
    this.droppedPending = 0;
    this.diffs.clear();
  }

  /** Listen to page controls (after the bus handled its own). Returns an unsubscribe function. */
  onControl(listener: ControlListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Register a source of query-cache rows for `request-query-table`. */
  addQueryTableProvider(provider: () => QueryTableRow[]): () => void {
    this.queryTableProviders.add(provider);
    return () => this.queryTableProviders.delete(provider);
  }

  queryTable(): QueryTableRow[] {
    const rows: QueryTableRow[] = [];
    for (const provider of this.queryTableProviders) {
      try {
        rows.push(...provider());
      } catch {
        // A broken provider must not break the others.
      }
    }
    return rows;
  }

  /**
   * Handle a message from the page. Validates it (untrusted input); returns false if it isn't one
   * of ours. The runtime calls this from its `message` listener after checking the origin.
   */
  handleControl(message: unknown): boolean {
    if (!isPageMessage(message)) return false;
    switch (message.type) {
      case 'pause':
        this.pause();
        break;
      case 'resume':
        this.resume();
        break;
      case 'clear':
        this.clear();
        break;
      case 'ack':
        this.acksSeen = true;
        if (message.seq > this.ackedSeq && message.seq <= this.seq) this.ackedSeq = message.seq;
        if (this.count > 0 || this.droppedPending > 0) this.schedule();
        break;
      case 'request-diff':
        this.replyDiff(message.diffId);
        break;
      case 'request-query-table':
        this.safePost({ statelab: PROTOCOL_TAG, type: 'query-table', now: Date.now(), rows: this.queryTable() });
        break;
      default:
        break;
    }
    for (const listener of this.listeners) {
      try {
        listener(message);
      } catch (err) {
        console.error('[statelab] control listener failed', err);
      }
    }
    return true;
  }

  /** Post buffered events now (up to `maxBatch`; schedules the rest). */
  flush(): void {
    if (this.timer !== undefined) {
      this.clearTimer(this.timer);
      this.timer = undefined;
    }
    if (!this.transport) return;
    if (this.droppedPending > 0) {
      const count = this.droppedPending;
      this.droppedPending = 0;
      this.safePost({ statelab: PROTOCOL_TAG, type: 'dropped', count, total: this.droppedTotal });
    }
    if (this.count === 0) return;
    if (this.acksSeen && this.seq - this.ackedSeq >= this.maxInFlight) return; // wait for acks
    const n = Math.min(this.count, this.maxBatch);
    const events = new Array<TimelineEvent>(n);
    for (let i = 0; i < n; i++) {
      const index = (this.head + i) % this.capacity;
      events[i] = this.ring[index]!;
      this.ring[index] = undefined;
    }
    this.head = (this.head + n) % this.capacity;
    this.count -= n;
    this.seq++;
    this.safePost({ statelab: PROTOCOL_TAG, type: 'events', seq: this.seq, timeOrigin: this.timeOrigin, events });
    if (this.count > 0) this.schedule();
  }

  stats(): ProbeBusStats {
    return {
      emitted: this.emitted,
      dropped: this.droppedTotal,
      buffered: this.count,
      inFlight: this.seq - this.ackedSeq,
      batches: this.seq,
    };
  }

  private schedule(): void {
    if (this.timer !== undefined || !this.transport) return;
    this.timer = this.setTimer(() => {
      this.timer = undefined;
      this.flush();
    }, this.flushInterval);
  }

  private replyDiff(diffId: number): void {
    let result;
    try {
      result = this.diffs.compute(diffId, this.diffOptions);
    } catch (err) {
      this.safePost({
        statelab: PROTOCOL_TAG,
        type: 'diff',
        diffId,
        entries: [],
        truncated: false,
        error: 'failed',
        message: err instanceof Error ? err.message : String(err),
      });
      return;
    }
    if (!result) {
      this.safePost({ statelab: PROTOCOL_TAG, type: 'diff', diffId, entries: [], truncated: false, error: 'expired' });
      return;
    }
    this.safePost({ statelab: PROTOCOL_TAG, type: 'diff', diffId, entries: result.entries, truncated: result.truncated });
  }

  private safePost(message: SandboxMessage): void {
    try {
      this.transport?.(message);
    } catch (err) {
      console.error('[statelab] posting to the page failed', err);
    }
  }
}

/** The sandbox's bus. Probes in `instrumented/` report here. */
export const bus = new ProbeBus();

/** `bus.emit`, for probes. */
export const emit: Emit = bus.emit;

/** Where the runtime plugs its transport in (e.g. `msg => parent.postMessage(msg, pageOrigin)`). */
export function connect(post: Transport): void {
  bus.connect(post);
}

/** Store a `(prev, next)` pair in the singleton bus' diff store (see `diffStore.ts`). */
export function keepDiff(prev: unknown, next: unknown): number {
  return bus.diffs.put(prev, next);
}
