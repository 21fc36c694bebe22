/**
 * Live metrics of a session, updated event by event in O(1) (the p95 sorts a bounded sample when
 * it is read):
 *
 * - `dispatch-p95-ms`: 95th percentile of Redux dispatch durations (reducer plus the middleware
 *   after the probe), over the last `sampleSize` dispatches;
 * - `unnecessary-render-share`: renders that changed nothing on screen (no host node in the
 *   component's subtree was inserted, removed or changed; React Scan's definition, see
 *   `playground/probes/renderClassify.ts`), over all re-renders and mounts the render probe
 *   reported (a library's unexported internals are not reported);
 * - `request-count`: HTTP requests that started (MSW `request:start`);
 * - `cache-hit-share`: reads served from the cache over all cache reads. A read is a component
 *   subscribing to a query: a TanStack Query observer being added, or a new RTK Query
 *   subscriber. It is a hit when the data was there and fresh, so no request was needed: the
 *   TanStack query was `success`, not stale and idle; the RTK Query subscriber didn't start a
 *   request (RTK Query skipped it because the entry was cached). Refetches after an invalidation
 *   are not reads. RTK Query hits are seen in its subscriber list, which it syncs to the store
 *   every 500 ms at most: a component that subscribes to a cached entry and leaves within that
 *   time is not counted.
 */
import type { TimelineEvent } from '../../../playground/protocol/events.ts';
import { startsWithSubscriber, subscriberSets } from './rtkQuery.ts';

export type MetricName = 'dispatch-p95-ms' | 'unnecessary-render-share' | 'request-count' | 'cache-hit-share';

export interface MetricsSnapshot {
  dispatches: number;
  /** null until a dispatch with a duration was seen. */
  dispatchP95Ms: number | null;
  renders: number;
  unnecessaryRenders: number;
  unnecessaryRenderShare: number | null;
  requestCount: number;
  cacheReads: number;
  cacheHits: number;
  cacheHitShare: number | null;
}

/** The p-th percentile (0–100) of `values`, nearest-rank; null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export class MetricsAccumulator {
  private readonly sampleSize: number;
  private readonly maxTracked: number;
  private durations: number[] = [];
  private next = 0;
  private dispatches = 0;
  private renders = 0;
  private unnecessary = 0;
  private requests = 0;
  private reads = 0;
  private hits = 0;
  /** RTK Query request ids that started a request (a subscriber with one of these was a miss). */
  private readonly requested = new Set<string>();
  /** RTK Query subscribers already counted, per cache key. */
  private readonly counted = new Set<string>();
  private cached: MetricsSnapshot | undefined;

  constructor(options: { sampleSize?: number; maxTracked?: number } = {}) {
    this.sampleSize = options.sampleSize ?? 1_000;
    this.maxTracked = options.maxTracked ?? 5_000;
  }

  add(event: TimelineEvent): void {
    switch (event.source) {
      case 'redux':
        if (event.kind === 'dispatch') {
          this.dispatches++;
          if (event.duration !== undefined) this.sample(event.duration);
          const rtk = event.meta?.rtkQuery;
          if (rtk?.type === 'query' && rtk.status === 'pending' && rtk.requestId) {
            this.track(this.requested, rtk.requestId);
            // A component subscribing and starting a request: a miss, counted now (the
            // subscriber list is synced up to 500 ms later, and a short visit may never show).
            if (startsWithSubscriber(event) && rtk.queryCacheKey) this.read(`${rtk.queryCacheKey} ${rtk.requestId}`, false);
          }
          for (const set of subscriberSets(event)) {
            for (const requestId of set.requestIds) {
              // A subscriber that started a request was counted (as a miss) when it did.
              if (!this.requested.has(requestId)) this.read(`${set.queryCacheKey} ${requestId}`, true);
            }
          }
        }
        break;
      case 'render':
        this.renders += event.meta?.rendered ?? 0;
        this.unnecessary += event.meta?.unnecessary ?? 0;
        break;
      case 'network':
        if (event.kind === 'request:start') this.requests++;
        break;
      case 'query': {
        const meta = event.meta;
        if (event.kind === 'query:observerAdded' && meta?.entity === 'query') {
          this.reads++;
          if (meta.status === 'success' && !meta.isStale && !meta.isInvalidated && meta.fetchStatus === 'idle') this.hits++;
        }
        break;
      }
      default:
        return;
    }
    this.cached = undefined;
  }

  snapshot(): MetricsSnapshot {
    this.cached ??= {
      dispatches: this.dispatches,
      dispatchP95Ms: percentile(this.durations, 95),
      renders: this.renders,
      unnecessaryRenders: this.unnecessary,
      unnecessaryRenderShare: this.renders ? this.unnecessary / this.renders : null,
      requestCount: this.requests,
      cacheReads: this.reads,
      cacheHits: this.hits,
      cacheHitShare: this.reads ? this.hits / this.reads : null,
    };
    return this.cached;
  }

  reset(): void {
    this.durations = [];
    this.next = 0;
    this.dispatches = this.renders = this.unnecessary = this.requests = this.reads = this.hits = 0;
    // The subscribers seen so far stay known (bounded): after a Clear, RTK Query's next sync
    // still lists them, and they were neither new reads nor hits.
    this.cached = undefined;
  }

  /** Counts one cache read, once per subscriber. */
  private read(subscriber: string, hit: boolean): void {
    if (this.counted.has(subscriber)) return;
    this.track(this.counted, subscriber);
    this.reads++;
    if (hit) this.hits++;
  }

  private sample(duration: number): void {
    if (this.durations.length < this.sampleSize) this.durations.push(duration);
    else this.durations[this.next] = duration;
    this.next = (this.next + 1) % this.sampleSize;
  }

  private track(set: Set<string>, value: string | undefined): void {
    if (value === undefined) return;
    set.add(value);
    if (set.size > this.maxTracked) {
      const oldest = set.values().next();
      if (!oldest.done) set.delete(oldest.value);
    }
  }
}
