/**
 * Timeline events: what the sandbox's probes report and the Visualizer draws. Imported by both
 * sides (sandbox and page); never redeclare these types elsewhere.
 *
 * `TimelineEvent` is a discriminated union on `source`; each source has its own `kind`s and a
 * typed `meta`. Everything here is JSON-safe (values go through `serialize`).
 */
import type { Serialized } from './serialize.ts';

export type EventSource = 'redux' | 'query' | 'atom' | 'store' | 'network' | 'socket' | 'render' | 'storage' | 'sync';

export const EVENT_SOURCES: readonly EventSource[] = [
  'redux',
  'query',
  'atom',
  'store',
  'network',
  'socket',
  'render',
  'storage',
  'sync',
];

interface BaseEvent<S extends EventSource, K extends string, M> {
  /** Unique and increasing within a sandbox session; the timeline's order. */
  id: number;
  /** `performance.now()` in the sandbox, in ms (see `EventsMessage.timeOrigin` to align clocks). */
  time: number;
  source: S;
  kind: K;
  /** One-line human summary. */
  label: string;
  /** How long the thing took, in ms (dispatch, request, commit…). */
  duration?: number;
  /** The payload (action, value written, response…), serialized with limits. */
  data?: Serialized;
  /**
   * Cheap summary of what changed: top-level keys (or `a.b.c` paths for proxy writes) whose
   * reference changed. Never a deep walk.
   */
  changedPaths?: string[];
  /**
   * Id of a lazily computed diff: the sandbox keeps `(prev, next)` references and computes the
   * diff only when the page sends `request-diff` (see `diff.ts` and `probes/diffStore.ts`).
   */
  diffId?: number;
  /**
   * The event is the sandbox's own plumbing, not the reader's app: who made it (e.g. `MSW`,
   * `runtime`). The probe that sees it decides (from the call stack or a known key); the timeline
   * hides these unless "Show internals" is on.
   */
  internal?: string;
  meta?: M;
}

// ---------------------------------------------------------------------------------------------
// Redux (RTK configureStore, plain createStore) — one event per action reaching the reducer.

export type ReduxKind = 'dispatch' | 'init';

export interface RtkQueryMeta {
  /** `meta.arg.endpointName` of executeQuery / executeMutation thunks' actions. */
  endpoint?: string;
  /** `meta.arg.originalArgs`. */
  args?: Serialized;
  /** `meta.requestStatus`. */
  status?: 'pending' | 'fulfilled' | 'rejected';
  requestId?: string;
  /** 'query' | 'mutation' | 'infinitequery' (from `meta.arg.type`). */
  type?: string;
  queryCacheKey?: string;
  /**
   * Manual cache patches (`queryResultPatched`): 'update' for `api.util.updateQueryData` /
   * `updateCachedData`, 'undo' for `patchResult.undo()`, 'patch' for a bare `patchQueryData`.
   */
  patch?: 'update' | 'undo' | 'patch';
  /** Tags from `invalidateTags` / `updateProvidedBy` actions. */
  tags?: Serialized;
  /** `meta.condition` on a rejected action (request skipped, e.g. already cached). */
  condition?: boolean;
}

/** What the redux probe measured of one top-level slice of the state (see `probes/stateStats.ts`). */
export interface SliceStats {
  /** Size of the slice as JSON, in characters (a lower bound when `partial`). */
  bytes: number;
  /** The walk stopped at its node budget: `bytes` and `entities` cover part of the slice. */
  partial?: boolean;
  /**
   * Objects with an `id` found in the slice, grouped by where they sit (`tasks.entities.{}`,
   * `selected`) and by shape (their sorted keys): the same id and shape in two places is one
   * entity stored twice. Ids are capped per place.
   */
  entities?: EntityPlace[];
}

export interface EntityPlace {
  /** Path from the state's root; `[]` stands for any array index, `{}` for a key equal to the id. */
  path: string;
  /** The entity's sorted keys joined with commas. */
  shape: string;
  ids: (string | number)[];
}

export interface ReduxMeta {
  /** Which store, e.g. 'store#1'. */
  store: string;
  actionType: string;
  /** Stats of the top-level slices this action changed (all slices on `init`). */
  slices?: Record<string, SliceStats>;
  rtkQuery?: RtkQueryMeta;
  /** The action's `error` (rejected thunks). */
  error?: Serialized;
}

export type ReduxEvent = BaseEvent<'redux', ReduxKind, ReduxMeta>;

// ---------------------------------------------------------------------------------------------
// TanStack Query — QueryCache and MutationCache notifications of every QueryClient.

export type QueryKind =
  | 'query:added'
  | 'query:updated'
  | 'query:removed'
  | 'query:observerAdded'
  | 'query:observerRemoved'
  | 'mutation:added'
  | 'mutation:updated'
  | 'mutation:removed'
  | 'mutation:observerAdded'
  | 'mutation:observerRemoved';

export interface QueryEntryMeta {
  entity: 'query';
  /** Which client, e.g. 'client#1'. */
  client: string;
  queryKey: Serialized;
  queryHash: string;
  /** `event.action.type` for updates: fetch, success, error, failed, invalidate, pause, continue, setState. */
  action?: string;
  status: 'pending' | 'error' | 'success';
  fetchStatus: 'fetching' | 'paused' | 'idle';
  isStale: boolean;
  isInvalidated: boolean;
  /** Smallest staleTime among observers (the one that decides staleness), or the query's own. */
  staleTime: number | 'static' | 'infinity';
  gcTime: number | 'infinity';
  dataUpdatedAt: number;
  errorUpdatedAt: number;
  failureCount: number;
  observers: number;
  /** `action.manual` on success (setQueryData). */
  manual?: boolean;
}

export interface MutationEntryMeta {
  entity: 'mutation';
  client: string;
  mutationId: number;
  mutationKey?: Serialized;
  action?: string;
  status: 'idle' | 'pending' | 'success' | 'error';
  isPaused: boolean;
  failureCount: number;
  variables?: Serialized;
  /** What `onMutate` returned (e.g. `{ previous }` for a rollback). */
  context?: Serialized;
  submittedAt: number;
  observers: number;
}

export type QueryEvent = BaseEvent<'query', QueryKind, QueryEntryMeta | MutationEntryMeta>;

/** One row of the page's live query-cache table. */
export interface QueryTableRow {
  client: string;
  queryHash: string;
  queryKey: Serialized;
  status: QueryEntryMeta['status'];
  fetchStatus: QueryEntryMeta['fetchStatus'];
  isStale: boolean;
  isInvalidated: boolean;
  staleTime: QueryEntryMeta['staleTime'];
  gcTime: QueryEntryMeta['gcTime'];
  dataUpdatedAt: number;
  observers: number;
  /** Epoch ms when the entry turns stale (dataUpdatedAt + staleTime), if finite. */
  staleAt?: number;
}

// ---------------------------------------------------------------------------------------------
// Jotai — every atom value change in every store (store hooks of Jotai 3).

export type AtomKind = 'atom:init' | 'atom:changed' | 'atom:resolved' | 'atom:rejected';

export interface AtomMeta {
  /** Which store, e.g. 'store#1' (the default store is 'default'). */
  store: string;
  /** `debugLabel`, or the atom's key (`atom12`). */
  atom: string;
  /** For promise values: pending when set, then resolved / rejected. */
  status?: 'pending' | 'resolved' | 'rejected' | 'error';
  /** A resolved/rejected promise that was no longer the atom's value (superseded). */
  superseded?: boolean;
  /** Derived (read-only or read-write with a read function) vs primitive. */
  derived: boolean;
}

export type AtomEvent = BaseEvent<'atom', AtomKind, AtomMeta>;

// ---------------------------------------------------------------------------------------------
// Proxy / hook / observable stores — Zustand, Valtio, MobX.

export type StoreKind = 'store:init' | 'store:changed';

export interface StoreMeta {
  library: 'zustand' | 'valtio' | 'mobx';
  /** Which store, e.g. 'zustand#1', 'valtio#2', 'TaskStore@1' (MobX's debug name). */
  store: string;
  /**
   * Zustand: devtools-style name `set(fn, replace, 'bears/add')`, or the store function that called `set`.
   * MobX: the action's name. Valtio: the reader's function that made the write (from the call stack).
   */
  action?: string;
  /** Where the action name came from. */
  actionSource?: 'explicit' | 'inferred' | 'external';
  replace?: boolean;
  /** Valtio op. */
  op?: 'set' | 'delete';
}

export type StoreEvent = BaseEvent<'store', StoreKind, StoreMeta>;

// ---------------------------------------------------------------------------------------------
// Network (MSW life-cycle events) and sockets (WebSocket frames, SSE messages).

export type NetworkKind =
  | 'request:start'
  | 'request:end'
  | 'request:unhandled'
  | 'request:error';

export interface NetworkMeta {
  requestId: string;
  method: string;
  url: string;
  status?: number;
  statusText?: string;
  /** 'mocked' (a handler answered), 'bypass' (performed as-is), or unknown. */
  responseType?: 'mocked' | 'bypass';
  /** The matched handler, e.g. 'GET /api/todos'. */
  handler?: string;
  contentType?: string;
  error?: Serialized;
}

export type NetworkEvent = BaseEvent<'network', NetworkKind, NetworkMeta>;

export type SocketKind =
  | 'socket:open'
  | 'socket:in'
  | 'socket:out'
  | 'socket:close'
  | 'socket:error'
  | 'sse:open'
  | 'sse:message'
  | 'sse:error';

export interface SocketMeta {
  url: string;
  /** Connection id (MSW's client id for WebSockets, a counter for EventSources). */
  connection: string;
  direction?: 'in' | 'out';
  /** Frame size in bytes/characters. */
  size?: number;
  code?: number;
  reason?: string;
  /** SSE event type ('message' or a named event). */
  event?: string;
  lastEventId?: string;
}

export type SocketEvent = BaseEvent<'socket', SocketKind, SocketMeta>;

// ---------------------------------------------------------------------------------------------
// React renders (bippy) — one event per commit.

export interface RenderedComponent {
  name: string;
  /** Renders of this component (all instances) in this commit. */
  count: number;
  /** How many of those were unnecessary: they changed nothing on screen (no host node in their subtree was mutated). */
  unnecessary: number;
  mounts: number;
  /** Running total of renders of this component since the session started. */
  total: number;
  /** Summed `actualDuration` (ms) where React reports it (development/profiling builds). */
  duration?: number;
  /**
   * Why this component rendered, most frequent first: `props`, `state`, `context`, each followed by
   * `: new reference, equal contents` when what changed is a new object deep-equal to the old one.
   */
  reasons?: string[];
  /**
   * Renders in which every change was a new reference with equal contents (a new array from a
   * selector, an inline object prop): avoidable, though React sees a change.
   */
  sameValue?: number;
  /** What those references were: `props.items`, `selector`, `state`, `context` (a few). */
  sameValueKeys?: string[];
  /**
   * Renders caused by a store subscription (`useSelector`, `useStore`: React's
   * `useSyncExternalStore`) whose selector returned a new reference with equal contents.
   */
  unstableSelectors?: number;
}

export interface RenderMeta {
  components: RenderedComponent[];
  /** Renders in this commit (all components). */
  rendered: number;
  /** Renders that changed nothing on screen. */
  unnecessary: number;
  /** Renders whose changed inputs (props, state, context) were new references to equal contents. */
  sameContents?: number;
  /** More components rendered than listed in `components`. */
  truncated?: boolean;
}

export type RenderEvent = BaseEvent<'render', 'render:commit', RenderMeta>;

// ---------------------------------------------------------------------------------------------
// Storage writes — localStorage, sessionStorage, IndexedDB.

/**
 * `storage:hydrate`: a saved value read back (the app restoring its state); `storage:migrate`: a
 * value read with one schema `version` and written back with another.
 */
export type StorageKind = 'storage:write' | 'storage:hydrate' | 'storage:migrate';

export interface StorageMeta {
  area: 'localStorage' | 'sessionStorage' | 'indexedDB';
  op: 'setItem' | 'removeItem' | 'clear' | 'put' | 'add' | 'delete' | 'getItem' | 'get';
  key?: Serialized;
  /** Length of the written string (Web Storage). */
  size?: number;
  database?: string;
  objectStore?: string;
  /** Migrations: the schema version read and the one written. Hydrations: the version read (`toVersion`). */
  fromVersion?: number;
  toVersion?: number;
  /** Writes: who made it, read from the call stack (`playground/probes/storageWriter.ts`). */
  writer?: StorageWriter;
}

/** Who wrote to storage: a persistence library, another library, or the reader's own code. */
export interface StorageWriter {
  /** `Zustand persist`, `Jotai atomWithStorage`, `TanStack Query persister`, `idb-keyval`, a package name, or `your code`. */
  name: string;
  /** The library that made the write for the writer, e.g. `idb-keyval` under a TanStack Query persister. */
  via?: string;
  /** The reader's code: the file and line of the write (`preferences.ts:40`). */
  at?: string;
}

export type StorageEvent = BaseEvent<'storage', StorageKind, StorageMeta>;

// ---------------------------------------------------------------------------------------------
// Sync — clients converging: what the mock backend sees (conflicts, merges, OT transforms, queued
// edits replayed, idempotent retries) and every Yjs document update in the reader's code.

export type SyncKind = 'sync:conflict' | 'sync:merge' | 'sync:transform' | 'sync:crdt-update' | 'sync:queue' | 'sync:replay';

export interface SyncMeta {
  /** Who saw it: the mock backend (`server`) or the reader's own code (`client`). */
  side: 'server' | 'client';
  /** The client it is about (`this-tab`), as it names itself to the backend. */
  client?: string;
  /** What it is about: `tasks/task_017`, an OT document `task_017/description`, a Yjs document `Y.Doc#1`. */
  target?: string;
  /** Merges: whose value each field kept. Conflicts: the fields changed on the server since the sent version, and by whom. */
  fields?: { field: string; from: string }[];
  /** Version or revision the client's change was based on, and where the server was. */
  basedOn?: number;
  serverVersion?: number;
  /** CRDT updates: the update's size in bytes; `local` for a change made here, `remote` for one applied from elsewhere. */
  bytes?: number;
  origin?: 'local' | 'remote';
  /** Queue replays: how many changes the client sent after coming back, and how long it was offline. */
  count?: number;
  offlineMs?: number;
}

export type SyncEvent = BaseEvent<'sync', SyncKind, SyncMeta>;

// ---------------------------------------------------------------------------------------------

export type TimelineEvent =
  | ReduxEvent
  | QueryEvent
  | AtomEvent
  | StoreEvent
  | NetworkEvent
  | SocketEvent
  | RenderEvent
  | StorageEvent
  | SyncEvent;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * What a probe passes to `emit`: an event without `id` (assigned by the bus) and with an
 * optional `time` (defaults to now; pass it when the thing happened earlier than it is reported).
 */
export type EventInput = DistributiveOmit<TimelineEvent, 'id' | 'time'> & { time?: number };

/** The function every probe takes. Returns the stored event (or undefined when dropped/disabled). */
export type Emit = (event: EventInput) => TimelineEvent | undefined;

export function isEventSource(x: unknown): x is EventSource {
  return typeof x === 'string' && (EVENT_SOURCES as readonly string[]).includes(x);
}
