/**
 * TanStack Query probe: subscribes to the QueryCache and MutationCache of a QueryClient and
 * reports added / updated (with the action type) / removed / observerAdded / observerRemoved,
 * with key, status, fetchStatus, staleness, gcTime and observer count in `meta`.
 *
 * Data changes get a lazy `diffId` (previous data kept by reference; the diff is computed on
 * request) and cheap `changedPaths` (top-level keys / indexes of the data whose reference
 * changed — TanStack's structural sharing keeps unchanged parts identical).
 */
import type {
  Mutation,
  MutationCacheNotifyEvent,
  Query,
  QueryCacheNotifyEvent,
  QueryClient,
} from '@tanstack/react-query';
import type {
  Emit,
  MutationEntryMeta,
  QueryEntryMeta,
  QueryKind,
  QueryTableRow,
} from '../protocol/events.ts';
import { preview, serialize } from '../protocol/serialize.ts';
import { topLevelChanges } from '../protocol/diff.ts';
import { META_LIMITS, PAYLOAD_LIMITS, guard, nextName, type ProbeOptions } from './common.ts';

export interface QueryProbeOptions extends ProbeOptions {
  /** Client name on events; defaults to 'client#N'. */
  name?: string;
}

type AnyQuery = Query<unknown, unknown, unknown, readonly unknown[]>;
type AnyMutation = Mutation<unknown, unknown, unknown, unknown>;

function finiteOr<T extends string>(n: number, label: T): number | T {
  return Number.isFinite(n) ? n : label;
}

function resolveStaleTime(value: unknown, query: AnyQuery): number | 'static' {
  let v = value;
  if (typeof v === 'function') {
    try {
      v = (v as (q: AnyQuery) => unknown)(query);
    } catch {
      v = 0;
    }
  }
  if (v === 'static') return 'static';
  return typeof v === 'number' ? v : 0;
}

/**
 * The staleTime that decides staleness: the smallest among the observers (the query is stale
 * when any observer considers it stale), or the query's own option when nobody observes it.
 */
export function effectiveStaleTime(query: AnyQuery): number | 'static' {
  const observers = query.observers;
  if (observers.length === 0) return resolveStaleTime((query.options as { staleTime?: unknown }).staleTime, query);
  let min: number | 'static' = 'static';
  for (const observer of observers) {
    const st = resolveStaleTime((observer.options as { staleTime?: unknown }).staleTime, query);
    if (st === 'static') continue;
    if (min === 'static' || st < min) min = st;
  }
  return min;
}

function staleTimeMeta(st: number | 'static'): QueryEntryMeta['staleTime'] {
  return st === 'static' ? 'static' : (finiteOr(st, 'infinity') as number | 'infinity');
}

function queryMeta(query: AnyQuery, client: string): QueryEntryMeta {
  const state = query.state;
  const staleTime = effectiveStaleTime(query);
  // With observers, staleness is theirs (`isStale()`); unobserved, `isStale()` says "not stale"
  // whatever the age, so the table uses the query's own staleTime instead.
  let isStale = false;
  try {
    isStale = query.getObserversCount() > 0 ? query.isStale() : query.isStaleByTime(staleTime);
  } catch {
    isStale = false;
  }
  return {
    entity: 'query',
    client,
    queryKey: serialize(query.queryKey, META_LIMITS),
    queryHash: query.queryHash,
    status: state.status,
    fetchStatus: state.fetchStatus,
    isStale,
    isInvalidated: state.isInvalidated,
    staleTime: staleTimeMeta(staleTime),
    gcTime: finiteOr(query.gcTime, 'infinity') as number | 'infinity',
    dataUpdatedAt: state.dataUpdatedAt,
    errorUpdatedAt: state.errorUpdatedAt,
    failureCount: state.fetchFailureCount,
    observers: query.getObserversCount(),
  };
}

function mutationMeta(mutation: AnyMutation, client: string): MutationEntryMeta {
  const state = mutation.state;
  const meta: MutationEntryMeta = {
    entity: 'mutation',
    client,
    mutationId: mutation.mutationId,
    status: state.status,
    isPaused: state.isPaused,
    failureCount: state.failureCount,
    submittedAt: state.submittedAt,
    observers: (mutation as unknown as { observers?: unknown[] }).observers?.length ?? 0,
  };
  if (mutation.options.mutationKey !== undefined) meta.mutationKey = serialize(mutation.options.mutationKey, META_LIMITS);
  if (state.variables !== undefined) meta.variables = serialize(state.variables, META_LIMITS);
  if (state.context !== undefined) meta.context = serialize(state.context, META_LIMITS);
  return meta;
}

/** The live cache table of one client (for the page's query-cache table). */
export function getQueryCacheTable(client: QueryClient, name = 'client'): QueryTableRow[] {
  const rows: QueryTableRow[] = [];
  for (const query of client.getQueryCache().getAll() as AnyQuery[]) {
    const m = queryMeta(query, name);
    const row: QueryTableRow = {
      client: name,
      queryHash: m.queryHash,
      queryKey: m.queryKey,
      status: m.status,
      fetchStatus: m.fetchStatus,
      isStale: m.isStale,
      isInvalidated: m.isInvalidated,
      staleTime: m.staleTime,
      gcTime: m.gcTime,
      dataUpdatedAt: m.dataUpdatedAt,
      observers: m.observers,
    };
    if (typeof m.staleTime === 'number' && m.dataUpdatedAt > 0) row.staleAt = m.dataUpdatedAt + m.staleTime;
    rows.push(row);
  }
  return rows;
}

// Registry of observed clients, for a table across every client. Weak, so a re-run's old
// clients can be collected.
const registry = new Set<{ ref: WeakRef<QueryClient>; name: string }>();

/** Cache table rows of every observed client still alive. */
export function getAllQueryCacheTables(): QueryTableRow[] {
  const rows: QueryTableRow[] = [];
  for (const entry of registry) {
    const client = entry.ref.deref();
    if (!client) {
      registry.delete(entry);
      continue;
    }
    rows.push(...getQueryCacheTable(client, entry.name));
  }
  return rows;
}

function keyText(query: AnyQuery): string {
  return preview(query.queryKey, 50);
}

const observed = new WeakMap<QueryClient, () => void>();

/**
 * Observe one QueryClient. Returns a function that stops observing. Observing the same client
 * twice is a no-op (returns the first subscription's stop function).
 */
export function observeQueryClient(client: QueryClient, emit: Emit, options: QueryProbeOptions = {}): () => void {
  const existing = observed.get(client);
  if (existing) return existing;
  const name = options.name ?? nextName('client');
  const limits = options.serialize ?? PAYLOAD_LIMITS;
  const lastData = new WeakMap<object, unknown>();

  const onQuery = (event: QueryCacheNotifyEvent) =>
    guard(() => {
      if (event.type === 'observerResultsUpdated' || event.type === 'observerOptionsUpdated') return;
      const query = event.query as AnyQuery;
      const meta = queryMeta(query, name);
      const kind = `query:${event.type}` as QueryKind;
      const key = keyText(query);
      if (event.type === 'added') {
        lastData.set(query, query.state.data);
        emit({ source: 'query', kind, label: `${key} added`, meta });
        return;
      }
      if (event.type === 'updated') {
        const action = event.action;
        meta.action = action.type;
        let label = `${key} · ${action.type}`;
        let data;
        let changedPaths: string[] | undefined;
        let diffId: number | undefined;
        if (action.type === 'success' && action.manual) {
          meta.manual = true;
          label += ' (setQueryData)';
        }
        if (action.type === 'error' || action.type === 'failed') {
          data = serialize(action.error, limits);
          if (action.type === 'failed') label += ` (attempt ${action.failureCount})`;
        }
        const prev = lastData.get(query);
        const next = query.state.data;
        if (prev !== next) {
          lastData.set(query, next);
          data = serialize(next, limits);
          changedPaths = topLevelChanges(prev, next);
          if (options.diffs) diffId = options.diffs.put(prev, next);
          if (action.type !== 'success') label += ' · data changed';
        }
        emit({ source: 'query', kind, label, data, changedPaths, diffId, meta });
        return;
      }
      if (event.type === 'removed') {
        emit({ source: 'query', kind, label: `${key} removed`, meta });
        return;
      }
      // observerAdded / observerRemoved
      emit({
        source: 'query',
        kind,
        label: `${key} ${event.type === 'observerAdded' ? '+' : '−'}observer (${meta.observers})`,
        meta,
      });
    });

  const onMutation = (event: MutationCacheNotifyEvent) =>
    guard(() => {
      if (event.type === 'observerOptionsUpdated' || !event.mutation) return;
      const mutation = event.mutation as AnyMutation;
      const meta = mutationMeta(mutation, name);
      const kind = `mutation:${event.type}` as QueryKind;
      const keyPart = mutation.options.mutationKey !== undefined ? ` ${preview(mutation.options.mutationKey, 40)}` : '';
      const base = `mutation#${mutation.mutationId}${keyPart}`;
      if (event.type === 'updated') {
        const action = event.action;
        meta.action = action.type;
        let data;
        if (action.type === 'success') data = serialize(action.data, limits);
        else if (action.type === 'error' || action.type === 'failed') data = serialize(action.error, limits);
        else if (action.type === 'pending') data = serialize(action.variables, limits);
        emit({ source: 'query', kind, label: `${base} · ${action.type}`, data, meta });
        return;
      }
      const verb =
        event.type === 'added'
          ? 'added'
          : event.type === 'removed'
            ? 'removed'
            : event.type === 'observerAdded'
              ? `+observer (${meta.observers})`
              : `−observer (${meta.observers})`;
      emit({ source: 'query', kind, label: `${base} ${verb}`, meta });
    });

  const unsubQueries = client.getQueryCache().subscribe(onQuery);
  const unsubMutations = client.getMutationCache().subscribe(onMutation);
  const entry = { ref: new WeakRef(client), name };
  registry.add(entry);
  const stop = () => {
    unsubQueries();
    unsubMutations();
    registry.delete(entry);
    observed.delete(client);
  };
  observed.set(client, stop);
  return stop;
}

/**
 * Subclass of `QueryClient` that observes itself on construction, so `new QueryClient()` in the
 * reader's code is instrumented without any change to it.
 */
export function createInstrumentedQueryClient<C extends new (...args: never[]) => QueryClient>(
  Base: C,
  emit: Emit,
  options: Omit<QueryProbeOptions, 'name'> = {},
): C {
  const Instrumented = class extends (Base as unknown as new (...args: unknown[]) => QueryClient) {
    constructor(...args: unknown[]) {
      super(...args);
      observeQueryClient(this, emit, options);
    }
  };
  Object.defineProperty(Instrumented, 'name', { value: Base.name || 'QueryClient' });
  return Instrumented as unknown as C;
}
