/**
 * Jotai 3 probe: every atom value change in every store, through the store hooks of
 * `jotai/vanilla/internals` (Rev4 — unstable API, pinned with jotai 3.0.x):
 *
 *   const hooks = INTERNAL_initializeStoreHooksRev4(INTERNAL_getBuildingBlocksRev4(store).h)
 *   hooks.c.add(undefined, atom => …)   // value changed
 *   hooks.r.add(undefined, atom => …)   // value (re)computed — catches first values and
 *                                       // recomputations of unmounted derived atoms
 *
 * Atoms are named by `debugLabel`, else by their key (`atom12`, from `atom.toString()`);
 * `debugPrivate` atoms (utilities' internals) are skipped. Promise values are reported as
 * pending, then resolved / rejected when they settle.
 */
import type { Atom, Store } from 'jotai/vanilla';
import type { Emit } from '../protocol/events.ts';
import { preview, serialize } from '../protocol/serialize.ts';
import { topLevelChanges } from '../protocol/diff.ts';
import { PAYLOAD_LIMITS, guard, nextName, type ProbeOptions } from './common.ts';

type AnyAtom = Atom<unknown>;

interface AtomStateLike {
  v?: unknown;
  e?: unknown;
}

interface StoreHookForAtomsLike {
  add(atom: undefined, callback: (atom: AnyAtom) => void): () => void;
}

interface StoreHooksLike {
  readonly r?: StoreHookForAtomsLike;
  readonly c?: StoreHookForAtomsLike;
}

interface BuildingBlocksLike {
  readonly a: { get(atom: AnyAtom): AtomStateLike | undefined };
  readonly h: StoreHooksLike;
}

/** The functions of `jotai/vanilla/internals` the probe needs. */
export interface JotaiInternals {
  INTERNAL_getBuildingBlocksRev4: (store: never) => unknown;
  INTERNAL_initializeStoreHooksRev4: (hooks: never) => unknown;
  /** What `createStore` uses when not overridden. */
  INTERNAL_buildStoreRev4: () => unknown;
}

/** The parts of `jotai/vanilla` the probe needs. */
export interface JotaiVanilla {
  createStore: () => Store;
  getDefaultStore: () => Store;
  INTERNAL_overrideCreateStore: (fn: (prev: (() => Store) | undefined) => () => Store) => void;
}

export interface JotaiProbeOptions extends ProbeOptions {
  /** Store name on events; defaults to 'store#N'. */
  name?: string;
  /** Report first values ('atom:init'). Default true. */
  reportInit?: boolean;
}

const observedStores = new WeakMap<object, () => void>();

function isPromiseLike(x: unknown): x is PromiseLike<unknown> {
  return typeof (x as { then?: unknown } | null)?.then === 'function';
}

/** `debugLabel`, else the atom's key (`atom12`); `atom.toString()` gives `atom12:label` in dev. */
export function atomName(atom: AnyAtom): string {
  if (typeof atom.debugLabel === 'string' && atom.debugLabel) return atom.debugLabel;
  try {
    const text = String(atom);
    const colon = text.indexOf(':');
    return colon === -1 ? text : text.slice(0, colon);
  } catch {
    return 'atom';
  }
}

function isDerived(atom: AnyAtom): boolean {
  return !('init' in atom);
}

/**
 * Observe one Jotai store. Returns a function that stops observing. Idempotent per store.
 */
export function observeJotaiStore(
  store: Store,
  internals: JotaiInternals,
  emit: Emit,
  options: JotaiProbeOptions = {},
): () => void {
  const existing = observedStores.get(store);
  if (existing) return existing;
  const name = options.name ?? nextName('store');
  const limits = options.serialize ?? PAYLOAD_LIMITS;
  const reportInit = options.reportInit ?? true;
  const blocks = internals.INTERNAL_getBuildingBlocksRev4(store as never) as BuildingBlocksLike;
  const hooks = internals.INTERNAL_initializeStoreHooksRev4(blocks.h as never) as Required<StoreHooksLike>;

  // Last value we reported per atom (for prev → next and to drop duplicate notifications).
  const last = new WeakMap<AnyAtom, { value: unknown; error: boolean }>();
  const watchedPromises = new WeakSet<object>();

  const watchPromise = (atom: AnyAtom, label: string, promise: PromiseLike<unknown>) => {
    if (watchedPromises.has(promise)) return;
    watchedPromises.add(promise);
    const settle = (status: 'resolved' | 'rejected', value: unknown) =>
      guard(() => {
        const current = blocks.a.get(atom);
        const superseded = !current || current.v !== promise;
        emit({
          source: 'atom',
          kind: status === 'resolved' ? 'atom:resolved' : 'atom:rejected',
          label: `${label} ${status === 'resolved' ? '✓' : '✗'} ${preview(value, 40)}${superseded ? ' (superseded)' : ''}`,
          data: serialize(value, limits),
          meta: { store: name, atom: label, status, derived: isDerived(atom), ...(superseded ? { superseded: true } : {}) },
        });
      });
    promise.then(
      (value) => settle('resolved', value),
      (error) => settle('rejected', error),
    );
  };

  // `fromWrite`: reported by the `c` hook. A first sighting through a write (the atom was never
  // read in this store) is a change from the atom's initial value, not a first value.
  const check = (atom: AnyAtom, fromWrite: boolean) =>
    guard(() => {
      if (atom.debugPrivate) return;
      const state = blocks.a.get(atom);
      if (!state) return;
      const hasError = 'e' in state;
      if (!hasError && !('v' in state)) return;
      const value = hasError ? state.e : state.v;
      let previous = last.get(atom);
      if (previous && previous.error === hasError && Object.is(previous.value, value)) return;
      last.set(atom, { value, error: hasError });
      if (!previous && fromWrite && 'init' in atom) previous = { value: (atom as { init?: unknown }).init, error: false };
      if (!previous && !reportInit) return;
      const label = atomName(atom);
      const pending = !hasError && isPromiseLike(value);
      const status = hasError ? 'error' : pending ? 'pending' : undefined;
      const text = hasError ? `threw ${preview(value, 40)}` : pending ? 'pending…' : `= ${preview(value, 50)}`;
      const prevValue = previous?.value;
      const changed = previous !== undefined;
      emit({
        source: 'atom',
        kind: changed ? 'atom:changed' : 'atom:init',
        label: `${label} ${text}`,
        data: serialize(value, limits),
        changedPaths: changed && !pending && !hasError ? topLevelChanges(prevValue, value) : undefined,
        diffId: changed && options.diffs && !pending ? options.diffs.put(prevValue, value) : undefined,
        meta: { store: name, atom: label, derived: isDerived(atom), ...(status ? { status } : {}) },
      });
      if (pending) watchPromise(atom, label, value as PromiseLike<unknown>);
    });

  const offChanged = hooks.c.add(undefined, (atom) => check(atom, true));
  const offRead = hooks.r.add(undefined, (atom) => check(atom, false));
  const stop = () => {
    offChanged();
    offRead();
    observedStores.delete(store);
  };
  observedStores.set(store, stop);
  return stop;
}

/**
 * Instrument Jotai globally: the default store is observed right away (created now if it didn't
 * exist yet) under the name 'default', then every store created from now on — `createStore()`,
 * `<Provider>`'s own store — is observed too, through `INTERNAL_overrideCreateStore` (so even
 * stores made inside jotai's own modules are covered). Returns wrappers to re-export from the
 * instrumented module (they only add an idempotent observe call).
 */
export function instrumentJotai(
  vanilla: JotaiVanilla,
  internals: JotaiInternals,
  emit: Emit,
  options: Omit<JotaiProbeOptions, 'name'> = {},
): { createStore: () => Store; getDefaultStore: () => Store } {
  observeJotaiStore(vanilla.getDefaultStore(), internals, emit, { ...options, name: 'default' });
  vanilla.INTERNAL_overrideCreateStore((prev) => () => {
    const store = prev ? prev() : (internals.INTERNAL_buildStoreRev4() as Store);
    observeJotaiStore(store, internals, emit, options);
    return store;
  });
  return {
    createStore: () => {
      const store = vanilla.createStore();
      observeJotaiStore(store, internals, emit, options);
      return store;
    },
    getDefaultStore: () => {
      const store = vanilla.getDefaultStore();
      observeJotaiStore(store, internals, emit, { ...options, name: 'default' });
      return store;
    },
  };
}
