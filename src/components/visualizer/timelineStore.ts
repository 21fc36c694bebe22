/**
 * The page's copy of a playground's timeline: a bounded ring of events (oldest dropped first,
 * counted for the "older events dropped" marker), their groups, the live metrics and the
 * query-cache table. Framework-free: the React side subscribes and redraws at most once per
 * animation frame (see `useFrameVersion.ts`).
 *
 * Appending is O(batch); reading a filtered view is O(events in the ring), memoized per version.
 */
import type { EventSource, NetworkEvent, QueryTableRow, TimelineEvent } from '../../../playground/protocol/events.ts';
import { EVENT_SOURCES } from '../../../playground/protocol/events.ts';
import { Grouper, type GroupingOptions } from './grouping.ts';
import { MetricsAccumulator, type MetricsSnapshot } from './metrics.ts';
import { QueryCacheModel, type CacheRow } from './queryCache.ts';
import { isFailure } from './sources.ts';

/** A request's two ends, shown as one row (see `TimelineStore.append`). */
export interface RequestParts {
  readonly start: NetworkEvent;
  /** `request:end`, `request:error` or `request:unhandled`; absent while the request is on its way. */
  readonly end?: NetworkEvent;
}

export interface TimelineEntry {
  /**
   * The event the row shows. For a request row whose answer came, the answer (status,
   * duration, response details) at the start's id and time.
   */
  readonly event: TimelineEvent;
  /** A request row: its start and, once it came, its end. */
  readonly request?: RequestParts;
  /** The sandbox's own plumbing (`event.internal`): hidden unless internals are shown. */
  readonly internal: boolean;
  /** Id of the event heading this event's group (its own id for a head). */
  readonly group: number;
  readonly isHead: boolean;
  /** Epoch ms (`timeOrigin + time`). */
  readonly epoch: number;
  /** Something went wrong here (HTTP ≥ 400, network error, rejected thunk, …). */
  readonly failed: boolean;
  /** Lower-cased source, kind and label, for the text search. */
  readonly haystack: string;
}

export interface TimelineFilter {
  /** Sources shown; all when undefined. */
  sources?: ReadonlySet<EventSource>;
  /** Case-insensitive text searched in the source, kind and label. */
  text?: string;
}

/** The network kinds that end a request. */
function isRequestEnd(event: TimelineEvent): event is NetworkEvent {
  return event.source === 'network' && event.kind !== 'request:start';
}

/** The row of a request: the start's place in the timeline, the end's outcome. */
function requestEntry(previous: TimelineEntry, start: NetworkEvent, end: NetworkEvent): TimelineEntry {
  const event = { ...end, id: start.id, time: start.time } as NetworkEvent;
  return {
    ...previous,
    event,
    request: { start, end },
    failed: isFailure(end),
    haystack: `network request ${start.kind} ${end.kind} ${end.label}`.toLowerCase(),
  };
}

export interface TimelineStoreOptions extends GroupingOptions {
  /** Events kept; past it the oldest are dropped. Default 5,000. */
  capacity?: number;
}

type Listener = () => void;

export class TimelineStore {
  readonly capacity: number;
  private items: TimelineEntry[] = [];
  private start = 0;
  private lastId = 0;
  private droppedHere = 0;
  private droppedInSandbox = 0;
  private appended = 0;
  private changes = 0;
  private firstTime: number | undefined;
  private readonly grouper: Grouper;
  private readonly metrics = new MetricsAccumulator();
  private readonly cache = new QueryCacheModel();
  private readonly listeners = new Set<Listener>();
  private view: { version: number; key: string; entries: readonly TimelineEntry[] } | undefined;
  /** Request id → id of its start's row, while the answer hasn't come (bounded). */
  private readonly openRequests = new Map<string, number>();
  private internalsShown = false;
  private internalCount = 0;

  constructor(options: TimelineStoreOptions = {}) {
    this.capacity = Math.max(1, options.capacity ?? 5_000);
    this.grouper = new Grouper(options);
  }

  /** Increases on every change; the React side compares it. */
  get version(): number {
    return this.changes;
  }

  /** Events in the ring. */
  get size(): number {
    return this.items.length - this.start;
  }

  /** Events no longer shown: dropped here when the ring was full, or by the sandbox's own buffer. */
  get dropped(): number {
    return this.droppedHere + this.droppedInSandbox;
  }

  /** Events appended since the last clear (kept or not). */
  get received(): number {
    return this.appended;
  }

  /** `time` of the session's first event: rows show times relative to it. */
  get startTime(): number | undefined {
    return this.firstTime;
  }

  /** Whether the sandbox's own plumbing is shown (off by default). */
  get showInternals(): boolean {
    return this.internalsShown;
  }

  /** Internal events in the ring (shown or not). */
  get internals(): number {
    return this.internalCount;
  }

  setShowInternals(show: boolean): void {
    if (show === this.internalsShown) return;
    this.internalsShown = show;
    this.changed();
  }

  /**
   * Adds a batch (in id order). Events at or below the last id seen are ignored. A request's end
   * doesn't get a row of its own: it completes its start's row (one row per request, with start,
   * end, status and duration), unless the start has left the ring.
   */
  append(events: readonly TimelineEvent[], timeOrigin: number): void {
    let added = 0;
    for (const event of events) {
      if (event.id <= this.lastId) continue;
      this.lastId = event.id;
      this.firstTime ??= event.time;
      const { group, isHead } = this.grouper.assign(event);
      this.metrics.add(event);
      this.cache.apply(event, timeOrigin);
      added++;
      if (isRequestEnd(event) && this.completeRequest(event, group)) continue;
      const internal = event.internal !== undefined;
      if (internal) this.internalCount++;
      const entry: TimelineEntry = {
        event,
        group,
        isHead,
        internal,
        epoch: timeOrigin + event.time,
        failed: isFailure(event),
        haystack: `${event.source} ${event.kind} ${event.label}`.toLowerCase(),
        ...(event.source === 'network' && event.kind === 'request:start' ? { request: { start: event } } : {}),
      };
      this.items.push(entry);
      if (entry.request && event.source === 'network' && event.meta?.requestId) this.openRequest(event.meta.requestId, event.id);
    }
    if (added === 0) return;
    this.appended += added;
    const overflow = this.size - this.capacity;
    if (overflow > 0) {
      this.start += overflow;
      this.droppedHere += overflow;
      // Compact once the dead prefix is as long as the ring: amortized O(1) per event.
      if (this.start >= this.capacity) {
        this.items = this.items.slice(this.start);
        this.start = 0;
      }
      this.grouper.forgetBefore(this.items[this.start]!.event.id);
      this.internalCount = 0;
      for (let i = this.start; i < this.items.length; i++) if (this.items[i]!.internal) this.internalCount++;
    }
    this.changed();
  }

  private openRequest(requestId: string, rowId: number): void {
    this.openRequests.set(requestId, rowId);
    if (this.openRequests.size > 2_000) {
      const oldest = this.openRequests.keys().next();
      if (!oldest.done) this.openRequests.delete(oldest.value);
    }
  }

  /** Puts a request's end into its start's row; false when that row is gone (then it gets its own). */
  private completeRequest(end: NetworkEvent, group: number): boolean {
    const requestId = end.meta?.requestId;
    const rowId = requestId === undefined ? undefined : this.openRequests.get(requestId);
    if (rowId === undefined) return false;
    const index = this.indexOf(rowId);
    const row = index === undefined ? undefined : this.items[index];
    if (index === undefined || !row?.request) {
      this.openRequests.delete(requestId!);
      return false;
    }
    // An unhandled request may still be answered (passed through): keep the row open until an end.
    if (end.kind !== 'request:unhandled') this.openRequests.delete(requestId!);
    this.items[index] = requestEntry(row, row.request.start, end);
    // The end joined the start's group; it is not a row of its own, so it doesn't count there.
    this.grouper.uncount(group);
    return true;
  }

  private indexOf(id: number): number | undefined {
    let lo = this.start;
    let hi = this.items.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const midId = this.items[mid]!.event.id;
      if (midId === id) return mid;
      if (midId < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** The sandbox dropped `count` events before they reached the page. */
  noteSandboxDropped(count: number): void {
    if (count <= 0) return;
    this.droppedInSandbox += count;
    this.changed();
  }

  /** A query-cache snapshot from the sandbox (`query-table`). */
  applyQueryTable(rows: readonly QueryTableRow[]): void {
    this.cache.applyTable(rows);
    this.changed();
  }

  /** Forgets everything: a re-run or the Clear button. */
  clear(): void {
    this.items = [];
    this.start = 0;
    this.lastId = 0;
    this.droppedHere = 0;
    this.droppedInSandbox = 0;
    this.appended = 0;
    this.firstTime = undefined;
    this.openRequests.clear();
    this.internalCount = 0;
    this.grouper.clear();
    this.metrics.reset();
    this.cache.clear();
    this.changed();
  }

  /** The i-th event of the ring, oldest first. */
  at(index: number): TimelineEntry | undefined {
    return index >= 0 && index < this.size ? this.items[this.start + index] : undefined;
  }

  /** The entry of event `id`, if still in the ring (binary search: ids increase). */
  get(id: number): TimelineEntry | undefined {
    const index = this.indexOf(id);
    return index === undefined ? undefined : this.items[index];
  }

  /** Events in the group headed by `head`. */
  groupSize(head: number): number {
    return this.grouper.size(head);
  }

  /** The events that pass `filter`, oldest first (memoized until the next change). Internals only when shown. */
  select(filter: TimelineFilter = {}): readonly TimelineEntry[] {
    const sources = filter.sources && filter.sources.size < EVENT_SOURCES.length ? filter.sources : undefined;
    const text = filter.text?.trim().toLowerCase() ?? '';
    const hideInternals = !this.internalsShown && this.internalCount > 0;
    const key = `${sources ? [...sources].sort().join(',') : '*'}|${text}|${hideInternals}`;
    if (this.view && this.view.version === this.changes && this.view.key === key) return this.view.entries;
    const all = this.items.length === this.size ? this.items : this.items.slice(this.start);
    const entries =
      sources || text || hideInternals
        ? all.filter(
            (entry) =>
              (!hideInternals || !entry.internal) &&
              (!sources || sources.has(entry.event.source)) &&
              (!text || entry.haystack.includes(text)),
          )
        : all === this.items
          ? this.items.slice()
          : all;
    this.view = { version: this.changes, key, entries };
    return entries;
  }

  metricsSnapshot(): MetricsSnapshot {
    return this.metrics.snapshot();
  }

  cacheRows(): readonly CacheRow[] {
    return this.cache.rows();
  }

  /** Every event in the ring as the sandbox sent it, oldest first (for the export): a request row gives both ends. */
  events(): TimelineEvent[] {
    const out: TimelineEvent[] = [];
    for (let i = this.start; i < this.items.length; i++) {
      const entry = this.items[i]!;
      if (entry.request) {
        out.push(entry.request.start);
        if (entry.request.end) out.push(entry.request.end);
      } else out.push(entry.event);
    }
    return out.sort((a, b) => a.id - b.id);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.changes++;
    for (const listener of this.listeners) listener();
  }
}
