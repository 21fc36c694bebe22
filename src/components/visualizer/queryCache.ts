/**
 * The live query-cache table: one row per cache entry of every TanStack QueryClient and every
 * RTK Query api, kept up to date from the timeline's events (and, for TanStack Query, from the
 * sandbox's `query-table` snapshots, which are exact about observers and staleness).
 */
import type { QueryEntryMeta, QueryTableRow, ReduxEvent, TimelineEvent } from '../../../playground/protocol/events.ts';
import type { Serialized } from '../../../playground/protocol/serialize.ts';
import { subscriberSets } from './rtkQuery.ts';

export type CacheLibrary = 'TanStack Query' | 'RTK Query';

export interface CacheRow {
  /** Unique per entry: library, owner and key. */
  id: string;
  library: CacheLibrary;
  /** The QueryClient ('client#1') or Redux store ('store#1') holding the entry. */
  owner: string;
  /** Query hash (TanStack) or query cache key (RTK Query). */
  key: string;
  status: 'pending' | 'success' | 'error';
  fetchStatus: 'fetching' | 'paused' | 'idle';
  /**
   * TanStack Query only: epoch ms when the data turns stale; `'never'` for an infinite or static
   * staleTime; null when unknown (no data yet). RTK Query has no stale time: data is kept until
   * invalidated (then refetched) or until its last subscriber leaves.
   */
  staleAt?: number | 'never' | null;
  /** Stale (or invalidated) when last reported. */
  stale: boolean;
  /** Subscribed components; null when not known yet. */
  observers: number | null;
  /** Epoch ms of the last data update; null before the first. */
  updatedAt: number | null;
}

export type Freshness =
  | { kind: 'fresh'; msLeft: number | null }
  | { kind: 'stale' }
  | { kind: 'until-invalidated' }
  | { kind: 'unknown' };

/** Whether `row` is fresh at `now` (epoch ms), and for how long. */
export function freshness(row: CacheRow, now: number): Freshness {
  if (row.library === 'RTK Query') return row.status === 'success' ? { kind: 'until-invalidated' } : { kind: 'unknown' };
  if (row.status !== 'success' && row.updatedAt === null) return { kind: 'unknown' };
  if (row.stale) return { kind: 'stale' };
  if (row.staleAt === 'never') return { kind: 'fresh', msLeft: null };
  if (typeof row.staleAt !== 'number') return { kind: 'unknown' };
  const msLeft = row.staleAt - now;
  return msLeft > 0 ? { kind: 'fresh', msLeft } : { kind: 'stale' };
}

function staleAtOf(staleTime: QueryEntryMeta['staleTime'], dataUpdatedAt: number): CacheRow['staleAt'] {
  if (staleTime === 'infinity' || staleTime === 'static') return 'never';
  return dataUpdatedAt > 0 ? dataUpdatedAt + staleTime : null;
}

/** `payload.queryCacheKey` of an RTK Query action (`removeQueryResult`), if any. */
export function payloadKey(data: Serialized | undefined): string | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const payload = data.payload;
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return undefined;
  return typeof payload.queryCacheKey === 'string' ? payload.queryCacheKey : undefined;
}

export class QueryCacheModel {
  private entries = new Map<string, CacheRow>();
  private list: CacheRow[] | undefined;

  /** Applies one timeline event; `timeOrigin + event.time` is its epoch time. */
  apply(event: TimelineEvent, timeOrigin: number): void {
    if (event.source === 'query') {
      const meta = event.meta;
      if (!meta || meta.entity !== 'query') return;
      const id = `tanstack ${meta.client} ${meta.queryHash}`;
      if (event.kind === 'query:removed') {
        this.delete(id);
        return;
      }
      this.set({
        id,
        library: 'TanStack Query',
        owner: meta.client,
        key: meta.queryHash,
        status: meta.status,
        fetchStatus: meta.fetchStatus,
        staleAt: staleAtOf(meta.staleTime, meta.dataUpdatedAt),
        stale: meta.isStale || meta.isInvalidated,
        observers: meta.observers,
        updatedAt: meta.dataUpdatedAt > 0 ? meta.dataUpdatedAt : null,
      });
    } else if (event.source === 'redux' && event.kind === 'dispatch') {
      this.applyRtkQuery(event, timeOrigin + event.time);
    }
  }

  /** Replaces the TanStack rows with a snapshot from the sandbox. */
  applyTable(rows: readonly QueryTableRow[]): void {
    for (const [id, row] of this.entries) if (row.library === 'TanStack Query') this.entries.delete(id);
    for (const row of rows) {
      const id = `tanstack ${row.client} ${row.queryHash}`;
      this.entries.set(id, {
        id,
        library: 'TanStack Query',
        owner: row.client,
        key: row.queryHash,
        status: row.status,
        fetchStatus: row.fetchStatus,
        staleAt: row.staleAt ?? staleAtOf(row.staleTime, row.dataUpdatedAt),
        stale: row.isStale || row.isInvalidated,
        observers: row.observers,
        updatedAt: row.dataUpdatedAt > 0 ? row.dataUpdatedAt : null,
      });
    }
    this.list = undefined;
  }

  rows(): readonly CacheRow[] {
    this.list ??= [...this.entries.values()];
    return this.list;
  }

  clear(): void {
    this.entries.clear();
    this.list = undefined;
  }

  private applyRtkQuery(event: ReduxEvent, at: number): void {
    const meta = event.meta;
    if (!meta) return;
    const owner = meta.store;
    const rtk = meta.rtkQuery;
    if (rtk?.queryCacheKey && (rtk.type === 'query' || rtk.patch)) {
      const id = `rtk ${owner} ${rtk.queryCacheKey}`;
      const row: CacheRow = this.entries.get(id) ?? {
        id,
        library: 'RTK Query',
        owner,
        key: rtk.queryCacheKey,
        status: 'pending',
        fetchStatus: 'idle',
        stale: false,
        observers: null,
        updatedAt: null,
      };
      if (rtk.patch) this.set({ ...row, updatedAt: at });
      else if (rtk.status === 'pending') this.set({ ...row, fetchStatus: 'fetching' });
      else if (rtk.status === 'fulfilled') this.set({ ...row, status: 'success', fetchStatus: 'idle', updatedAt: at });
      else if (rtk.status === 'rejected' && !rtk.condition) this.set({ ...row, status: 'error', fetchStatus: 'idle' });
      return;
    }
    if (meta.actionType.endsWith('/removeQueryResult')) {
      const key = payloadKey(event.data);
      if (key) this.delete(`rtk ${owner} ${key}`);
      return;
    }
    for (const set of subscriberSets(event)) {
      const row = this.entries.get(`rtk ${owner} ${set.queryCacheKey}`);
      if (row) this.set({ ...row, observers: set.requestIds.length });
    }
  }

  private set(row: CacheRow): void {
    this.entries.set(row.id, row);
    this.list = undefined;
  }

  private delete(id: string): void {
    if (this.entries.delete(id)) this.list = undefined;
  }
}
