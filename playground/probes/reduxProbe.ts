/**
 * Redux probe: a middleware placed LAST in the chain (closest to the reducer), so it sees every
 * plain action that reaches the reducer — including the RTK Query actions that the
 * `autoBatchEnhancer` would hide from a store subscriber — with the state before and after.
 *
 * Per action it costs O(payload limits + number of top-level state keys), never O(state size):
 * - `data` is the action serialized with fixed limits;
 * - `changedPaths` are the top-level keys whose reference changed;
 * - the full diff is NOT computed here: `(prev, next)` go to the bounded diff store and the event
 *   carries a `diffId`; the page asks for the diff when the user opens the event.
 */
import type {
  Action,
  Middleware,
  MiddlewareAPI,
  Reducer,
  Store,
  StoreEnhancer,
  StoreEnhancerStoreCreator,
} from 'redux';
import type { Emit, ReduxMeta, RtkQueryMeta } from '../protocol/events.ts';
import { serialize, preview, type Serialized } from '../protocol/serialize.ts';
import { topLevelChanges } from '../protocol/diff.ts';
import { statsOfSlices } from './stateStats.ts';
import { META_LIMITS, PAYLOAD_LIMITS, defaultNow, guard, nextName, type ProbeOptions } from './common.ts';

/**
 * Measuring a slice walks it, so the walk is capped (a larger slice is reported `partial`) and a
 * slice over BIG_SLICE_BYTES is measured again at most every BIG_SLICE_MS, at the first dispatch
 * after that (whichever slice it changes): per dispatch the probe stays O(1) in the state's size
 * (see `bench.ts`).
 */
const STATS_LIMITS = { maxNodes: 20_000 };
const BIG_SLICE_BYTES = 2 * 1024;
const BIG_SLICE_MS = 250;

export interface ReduxProbeOptions extends ProbeOptions {
  /** Store name on events; defaults to 'store#N'. */
  name?: string;
}

// ---------------------------------------------------------------------------------------------
// Patch tagging: `api.util.updateQueryData(...)` and `patchResult.undo()` dispatch the same
// `queryResultPatched` action. `instrumentApi` marks which one is running so the probe can say so.

let patchTag: 'update' | 'undo' | undefined;

function withPatchTag<T>(tag: 'update' | 'undo', fn: () => T): T {
  const previous = patchTag;
  patchTag = tag;
  try {
    return fn();
  } finally {
    patchTag = previous;
  }
}

interface PatchResultLike {
  undo?: () => unknown;
}

type Thunk = (dispatch: unknown, getState: unknown, extra: unknown) => unknown;

interface ApiLike {
  util: { updateQueryData?: (...args: unknown[]) => unknown };
}

const instrumentedApis = new WeakSet<object>();

/**
 * Wrap `api.util.updateQueryData` so the patch it dispatches is tagged 'update' and the
 * `undo()` of its result is tagged 'undo'. (`updateCachedData` in lifecycle callbacks goes
 * through `api.util.updateQueryData` too.) Idempotent; returns the same api.
 */
export function instrumentApi<A>(api: A): A {
  const a = api as unknown as ApiLike;
  if (!a || typeof a !== 'object' || instrumentedApis.has(a) || !a.util) return api;
  const original = a.util.updateQueryData;
  if (typeof original !== 'function') return api;
  instrumentedApis.add(a);
  a.util.updateQueryData = (...args: unknown[]) => {
    const thunk = original(...args) as Thunk;
    return (dispatch: unknown, getState: unknown, extra: unknown) => {
      const result = withPatchTag('update', () => thunk(dispatch, getState, extra)) as PatchResultLike;
      if (result && typeof result.undo === 'function') {
        const undo = result.undo;
        result.undo = () => withPatchTag('undo', () => undo());
      }
      return result;
    };
  };
  return api;
}

/** `createApi` that instruments every api it creates (see `instrumentApi`). */
export function wrapCreateApi<F extends (...args: never[]) => unknown>(createApi: F): F {
  return ((...args: Parameters<F>) => instrumentApi(createApi(...args))) as F;
}

/** `buildCreateApi` whose resulting `createApi` instruments its apis. */
export function wrapBuildCreateApi<F extends (...modules: never[]) => (...args: never[]) => unknown>(build: F): F {
  return ((...modules: Parameters<F>) => wrapCreateApi(build(...modules))) as F;
}

// ---------------------------------------------------------------------------------------------

interface ActionLike {
  type: unknown;
  payload?: unknown;
  meta?: unknown;
  error?: unknown;
}

function isPlainAction(x: unknown): x is ActionLike {
  return typeof x === 'object' && x !== null && 'type' in x;
}

function rtkQueryMeta(action: ActionLike, type: string): RtkQueryMeta | undefined {
  const meta = action.meta as
    | {
        arg?: { endpointName?: unknown; originalArgs?: unknown; type?: unknown; queryCacheKey?: unknown };
        requestStatus?: unknown;
        requestId?: unknown;
        condition?: unknown;
      }
    | undefined;
  const arg = meta && typeof meta === 'object' ? meta.arg : undefined;
  if (arg && typeof arg === 'object' && typeof arg.endpointName === 'string') {
    const out: RtkQueryMeta = { endpoint: arg.endpointName, args: serialize(arg.originalArgs, META_LIMITS) };
    const status = meta!.requestStatus;
    if (status === 'pending' || status === 'fulfilled' || status === 'rejected') out.status = status;
    if (typeof meta!.requestId === 'string') out.requestId = meta!.requestId;
    if (typeof arg.type === 'string') out.type = arg.type;
    if (typeof arg.queryCacheKey === 'string') out.queryCacheKey = arg.queryCacheKey;
    if (meta!.condition === true) out.condition = true;
    return out;
  }
  const slash = type.lastIndexOf('/');
  const tail = slash === -1 ? type : type.slice(slash + 1);
  if (tail === 'queryResultPatched') {
    const payload = action.payload as { queryCacheKey?: unknown } | undefined;
    const out: RtkQueryMeta = { patch: patchTag ?? 'patch' };
    if (payload && typeof payload.queryCacheKey === 'string') {
      out.queryCacheKey = payload.queryCacheKey;
      const paren = payload.queryCacheKey.indexOf('(');
      if (paren > 0) out.endpoint = payload.queryCacheKey.slice(0, paren);
    }
    return out;
  }
  if (tail === 'invalidateTags' || tail === 'updateProvidedBy') {
    return { tags: serialize(action.payload, META_LIMITS) };
  }
  return undefined;
}

/** Tags a fulfilled query provides: `state[reducerPath].provided.keys[queryCacheKey]` (O(1)). */
function addProvidedTags(rtk: RtkQueryMeta, type: string, state: unknown): void {
  const at = type.indexOf('/executeQuery/');
  if (at <= 0 || !state || typeof state !== 'object') return;
  const slice = (state as Record<string, unknown>)[type.slice(0, at)] as
    | { provided?: { keys?: Record<string, unknown> } }
    | undefined;
  const tags = slice?.provided?.keys?.[rtk.queryCacheKey!];
  if (tags !== undefined) rtk.tags = serialize(tags, META_LIMITS);
}

function labelFor(type: string, rtk: RtkQueryMeta | undefined, changed: boolean): string {
  let label = type;
  if (rtk?.endpoint) {
    label += ` · ${rtk.endpoint}`;
    if (rtk.args !== undefined) label += `(${argsText(rtk.args)})`;
  }
  if (rtk?.patch) label += ` [${rtk.patch}]`;
  if (!changed) label += ' (no state change)';
  return label;
}

function argsText(args: Serialized): string {
  if (args && typeof args === 'object' && !Array.isArray(args) && (args as { $type?: unknown }).$type === 'undefined') return '';
  return preview(args, 40);
}

/**
 * The probe middleware. Put it last in the chain (`wrapConfigureStore` and `reduxProbeEnhancer`
 * do) so it sees exactly what reaches the reducer.
 */
export function createReduxProbeMiddleware(emit: Emit, options: ReduxProbeOptions = {}): Middleware {
  const now = options.now ?? defaultNow;
  const limits = options.serialize ?? PAYLOAD_LIMITS;
  let name = options.name;
  return (api: MiddlewareAPI) => {
    const store = (name ??= nextName('store'));
    /** When each large slice was last measured: those are measured at most every BIG_SLICE_MS. */
    const measuredAt = new Map<string, number>();
    /** Large slices that changed since they were last measured. */
    const unmeasured = new Set<string>();
    return (next) => (action) => {
      if (!isPlainAction(action)) return next(action);
      const prev: unknown = api.getState();
      const t0 = now();
      let result: unknown;
      let failure: unknown;
      let failed = false;
      try {
        result = next(action);
      } catch (err) {
        failed = true;
        failure = err;
      }
      const duration = now() - t0;
      guard(() => {
        const nextState: unknown = api.getState();
        const type = String(action.type);
        const changed = prev !== nextState;
        const rtk = rtkQueryMeta(action, type);
        if (rtk?.status === 'fulfilled' && rtk.queryCacheKey) addProvidedTags(rtk, type, nextState);
        const meta: ReduxMeta = { store, actionType: type };
        const changedPaths = changed ? topLevelChanges(prev, nextState) : [];
        // Sizes and entity places of what changed, for the Recommendations tab.
        for (const key of changedPaths ?? []) unmeasured.add(key);
        const due = [...unmeasured].filter((key) => !(t0 - (measuredAt.get(key) ?? -Infinity) < BIG_SLICE_MS));
        const slices = statsOfSlices(nextState, due, STATS_LIMITS);
        if (slices) {
          meta.slices = slices;
          for (const [key, stats] of Object.entries(slices)) {
            unmeasured.delete(key);
            if (stats.bytes > BIG_SLICE_BYTES) measuredAt.set(key, t0);
            else measuredAt.delete(key);
          }
        }
        if (rtk) meta.rtkQuery = rtk;
        if (action.error !== undefined) meta.error = serialize(action.error, META_LIMITS);
        if (failed) meta.error = serialize(failure, META_LIMITS);
        emit({
          source: 'redux',
          kind: 'dispatch',
          label: failed ? `${type} (reducer threw)` : labelFor(type, rtk, changed),
          duration,
          data: serialize(action, limits),
          // undefined when the root isn't an object (e.g. a number): the diff tells.
          changedPaths,
          diffId: changed && options.diffs ? options.diffs.put(prev, nextState) : undefined,
          meta,
        });
      });
      if (failed) throw failure;
      return result;
    };
  };
}

function emitInit(emit: Emit, store: { getState(): unknown }, name: string, options: ReduxProbeOptions): void {
  guard(() => {
    const state = store.getState();
    const keys = state && typeof state === 'object' ? Object.keys(state) : undefined;
    const slices = keys && statsOfSlices(state, keys, STATS_LIMITS);
    emit({
      source: 'redux',
      kind: 'init',
      label: `${name} created`,
      changedPaths: keys,
      diffId: options.diffs ? options.diffs.put(undefined, state) : undefined,
      meta: { store: name, actionType: '@@INIT', ...(slices ? { slices } : {}) },
    });
  });
}

interface ConfigureStoreOptionsLike {
  middleware?: unknown;
  [key: string]: unknown;
}

/**
 * Wrap RTK's `configureStore` so every store gets the probe middleware appended after the
 * user's (the user's `middleware` callback still runs and decides the rest of the chain).
 */
export function wrapConfigureStore<F extends (options: never) => unknown>(
  configureStore: F,
  emit: Emit,
  options: ReduxProbeOptions = {},
): F {
  const wrapped = (storeOptions: ConfigureStoreOptionsLike) => {
    const user = storeOptions?.middleware;
    // Invalid `middleware` (not a callback): let RTK report its own error, unobserved.
    if (!storeOptions || (user !== undefined && typeof user !== 'function')) {
      return (configureStore as unknown as (o: unknown) => unknown)(storeOptions);
    }
    const name = options.name ?? nextName('store');
    const probe = createReduxProbeMiddleware(emit, { ...options, name });
    const middleware = (getDefaultMiddleware: () => unknown[]) => {
      const chain = typeof user === 'function' ? (user as (g: unknown) => unknown)(getDefaultMiddleware) : getDefaultMiddleware();
      return Array.isArray(chain) ? chain.concat([probe]) : chain;
    };
    const store = (configureStore as unknown as (o: unknown) => { getState(): unknown })({ ...storeOptions, middleware });
    emitInit(emit, store, name, options);
    return store;
  };
  return wrapped as unknown as F;
}

/**
 * Store enhancer for plain Redux stores: wraps the base `dispatch` with the probe middleware.
 * Compose it innermost (`wrapCreateStore` does) so user middleware sits outside it.
 */
export function reduxProbeEnhancer(emit: Emit, options: ReduxProbeOptions = {}): StoreEnhancer {
  return ((next: StoreEnhancerStoreCreator) =>
    (reducer: Reducer, preloadedState?: unknown) => {
      const store = next(reducer, preloadedState) as Store;
      const name = options.name ?? nextName('store');
      let dispatch: Store['dispatch'] = store.dispatch;
      const api: MiddlewareAPI = { getState: store.getState, dispatch: ((a: Action) => dispatch(a)) as Store['dispatch'] };
      dispatch = createReduxProbeMiddleware(emit, { ...options, name })(api)(store.dispatch as (a: unknown) => unknown) as Store['dispatch'];
      emitInit(emit, store, name, options);
      return { ...store, dispatch };
    }) as unknown as StoreEnhancer;
}

/**
 * Wrap Redux's `createStore` / `legacy_createStore` so every plain store is observed. The user's
 * enhancer (e.g. `applyMiddleware(...)`) is composed outside the probe.
 */
export function wrapCreateStore<F extends (...args: never[]) => unknown>(createStore: F, emit: Emit, options: ReduxProbeOptions = {}): F {
  const wrapped = (reducer: unknown, preloadedState?: unknown, enhancer?: unknown) => {
    if (typeof preloadedState === 'function' && enhancer === undefined) {
      enhancer = preloadedState;
      preloadedState = undefined;
    }
    const create = createStore as unknown as (r: unknown, p: unknown, e: unknown) => unknown;
    if (enhancer !== undefined && typeof enhancer !== 'function') return create(reducer, preloadedState, enhancer);
    const probe = reduxProbeEnhancer(emit, options) as unknown as (n: unknown) => unknown;
    const user = enhancer as ((n: unknown) => unknown) | undefined;
    const finalEnhancer = user ? (next: unknown) => user(probe(next)) : probe;
    return create(reducer, preloadedState, finalEnhancer);
  };
  return wrapped as unknown as F;
}
