/**
 * Probe overhead benchmark, for `npm run bench` (`probe-overhead-ratio`): the Redux probe's cost
 * per dispatch on an RTK store whose slice is an entity adapter of N entities, each dispatch
 * toggling one entity.
 *
 * Numbers per N (medians over many dispatches, µs):
 * - `probeMedianUs` (the ratio uses this) — the probe's own work per dispatch, replayed: the
 *   store runs without the probe and records every `(action, prevState, nextState)`; then the
 *   real probe middleware is driven over those real states (its `next` swaps in the recorded
 *   next state), timing each call. It includes everything the probe does at dispatch — reading
 *   state, serializing the action, top-level changed keys, storing the diff pair, emitting to a
 *   bus — on 100 vs 100,000-entity states, and nothing else.
 * - `inSituProbeMedianUs` — the probe's self time inside real dispatches (chain
 *   `[...defaults, outerTimer, probe, innerTimer]`, self = outer − inner). It runs right after
 *   the reducer, which with 100,000 entities copies a 100,000-key object (Immer) on every
 *   dispatch: caches are cold and the GC is marking, so ANY code there runs slower — even a no-op
 *   middleware measures several times slower (`inSituNoopMedianUs`). That slowdown is the
 *   reducer's, not the probe's algorithm, hence the replayed number for the ratio.
 * - `withProbeMedianUs` / `withoutProbeMedianUs` — whole dispatches of one store, alternating
 *   the probe on and off dispatch by dispatch (same heap, same caches), for context.
 *
 * Target: probeMedianUs(100,000) / probeMedianUs(100) ≤ 2.
 */
import { configureStore, createEntityAdapter, createSlice, type Middleware, type PayloadAction } from '@reduxjs/toolkit';
import { createReduxProbeMiddleware } from './reduxProbe.ts';
import { ProbeBus } from './bus.ts';

interface Todo {
  id: number;
  title: string;
  done: boolean;
}

export interface ProbeOverhead {
  entityCount: number;
  dispatches: number;
  /** Median cost of the probe's work per dispatch, replayed over the store's real states, µs. */
  probeMedianUs: number;
  /** Median self time of the probe inside real dispatches, µs (see module comment). */
  inSituProbeMedianUs: number;
  /** The same measurement for a no-op middleware in the probe's place, µs. */
  inSituNoopMedianUs: number;
  /** Median whole-dispatch time with the probe, µs. */
  withProbeMedianUs: number;
  /** Median whole-dispatch time without the probe (same store, interleaved), µs. */
  withoutProbeMedianUs: number;
}

export interface MeasureOptions {
  /** Measured dispatches per measurement (after warmup). Default 300. */
  dispatches?: number;
  /** Unmeasured dispatches first. Default 50. */
  warmup?: number;
}

function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const now = (): number => performance.now();

function makeStore(entityCount: number, extra: Middleware[]) {
  const adapter = createEntityAdapter<Todo>();
  const todos: Todo[] = [];
  for (let i = 0; i < entityCount; i++) todos.push({ id: i, title: `todo ${i}`, done: false });
  const slice = createSlice({
    name: 'todos',
    initialState: adapter.setAll(adapter.getInitialState(), todos),
    reducers: {
      todoToggled(state, action: PayloadAction<number>) {
        const todo = state.entities[action.payload];
        if (todo) todo.done = !todo.done;
      },
    },
  });
  const store = configureStore({
    reducer: { todos: slice.reducer },
    // The dev-only immutability/serializability checks walk the whole state (O(N)) on every
    // dispatch; they are not what is measured.
    middleware: (gDM) => gDM({ immutableCheck: false, serializableCheck: false }).concat(extra),
  });
  return { store, toggle: slice.actions.todoToggled };
}

function newBus(): ProbeBus {
  const bus = new ProbeBus({ capacity: 2_000, setTimer: () => undefined, clearTimer: () => undefined });
  bus.connect(() => undefined);
  return bus;
}

const idFor = (i: number, n: number): number => (i * 7919) % n;

/** Replayed probe cost (see module comment). */
function replayedProbeCost(entityCount: number, dispatches: number, warmup: number): number[] {
  const records: { action: unknown; prev: unknown; next: unknown }[] = [];
  const recorder: Middleware = (api) => (next) => (action) => {
    const prev = api.getState();
    const result = next(action);
    records.push({ action, prev, next: api.getState() });
    return result;
  };
  const { store, toggle } = makeStore(entityCount, [recorder]);
  for (let i = 0; i < warmup + dispatches; i++) store.dispatch(toggle(idFor(i, entityCount)));

  const bus = newBus();
  let current: unknown = records[0]!.prev;
  let target: unknown;
  const probe = createReduxProbeMiddleware(bus.emit, { diffs: bus.diffs, name: 'bench' });
  const run = probe({ getState: () => current, dispatch: (a: unknown) => a } as never)((action: unknown) => {
    current = target;
    return action;
  });
  const costs: number[] = [];
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    current = r.prev;
    target = r.next;
    const t0 = now();
    run(r.action);
    const t1 = now();
    if (i >= warmup) costs.push(t1 - t0);
    if (i % 500 === 0) bus.flush();
  }
  return costs;
}

/** Self time of `middleware` inside real dispatches, and whole-dispatch times. */
function inSituCost(entityCount: number, middleware: Middleware, dispatches: number, warmup: number): number[] {
  let outer = 0;
  let inner = 0;
  const outerTimer: Middleware = () => (next) => (action) => {
    const t0 = now();
    const result = next(action);
    outer = now() - t0;
    return result;
  };
  const innerTimer: Middleware = () => (next) => (action) => {
    const t0 = now();
    const result = next(action);
    inner = now() - t0;
    return result;
  };
  const { store, toggle } = makeStore(entityCount, [outerTimer, middleware, innerTimer]);
  const self: number[] = [];
  for (let i = 0; i < warmup + dispatches; i++) {
    store.dispatch(toggle(idFor(i, entityCount)));
    if (i >= warmup) self.push(outer - inner);
  }
  return self;
}

function interleaved(entityCount: number, dispatches: number, warmup: number): { withProbe: number[]; without: number[] } {
  const bus = newBus();
  const probe = createReduxProbeMiddleware(bus.emit, { diffs: bus.diffs, name: 'bench' });
  let enabled = false;
  const switchable: Middleware = (api) => {
    const probed = probe(api);
    return (next) => {
      const withProbe = probed(next);
      return (action) => (enabled ? withProbe(action) : next(action));
    };
  };
  const { store, toggle } = makeStore(entityCount, [switchable]);
  const withProbe: number[] = [];
  const without: number[] = [];
  for (let i = 0; i < warmup + 2 * dispatches; i++) {
    enabled = i % 2 === 0;
    const t0 = now();
    store.dispatch(toggle(idFor(i, entityCount)));
    const t1 = now();
    if (i >= warmup) (enabled ? withProbe : without).push(t1 - t0);
    if (i % 500 === 0) bus.flush();
  }
  return { withProbe, without };
}

/** Measure the Redux probe's cost per dispatch with `entityCount` entities (see module comment). */
export function measureProbeOverhead(entityCount: number, options: MeasureOptions = {}): ProbeOverhead {
  const dispatches = options.dispatches ?? 300;
  const warmup = options.warmup ?? 50;
  const replay = replayedProbeCost(entityCount, dispatches, warmup);
  const bus = newBus();
  const probe = createReduxProbeMiddleware(bus.emit, { diffs: bus.diffs, name: 'bench' });
  const noop: Middleware = () => (next) => (action) => next(action);
  const inSitu = inSituCost(entityCount, probe, dispatches, warmup);
  const inSituNoop = inSituCost(entityCount, noop, dispatches, warmup);
  const { withProbe, without } = interleaved(entityCount, dispatches, warmup);
  const us = (ms: number) => Math.round(ms * 1000 * 1000) / 1000;
  return {
    entityCount,
    dispatches,
    probeMedianUs: us(median(replay)),
    inSituProbeMedianUs: us(median(inSitu)),
    inSituNoopMedianUs: us(median(inSituNoop)),
    withProbeMedianUs: us(median(withProbe)),
    withoutProbeMedianUs: us(median(without)),
  };
}

export interface ProbeOverheadRatio {
  /** probeMedianUs(large) / probeMedianUs(small); target ≤ 2. */
  ratio: number;
  /** inSituProbeMedianUs(large) / inSituProbeMedianUs(small), for reference. */
  inSituRatio: number;
  small: ProbeOverhead;
  large: ProbeOverhead;
}

/** `probe-overhead-ratio`: probe cost per dispatch with `large` entities ÷ with `small`. */
export function measureProbeOverheadRatio(large = 100_000, small = 100, options: MeasureOptions = {}): ProbeOverheadRatio {
  // Warm the JIT on every code path first so the first measured store isn't penalised.
  measureProbeOverhead(small, { dispatches: 200, warmup: 50 });
  const s = measureProbeOverhead(small, options);
  const l = measureProbeOverhead(large, options);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    ratio: round(l.probeMedianUs / s.probeMedianUs),
    inSituRatio: round(l.inSituProbeMedianUs / s.inSituProbeMedianUs),
    small: s,
    large: l,
  };
}
