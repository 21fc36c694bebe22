/**
 * Zustand 5 probe. Instruments at creation: the reader's state creator is wrapped so the `set`
 * every action closes over is the observed one (wrapping `setState` afterwards would miss
 * actions — they hold the original `set`). Middlewares inside (immer, persist, devtools without
 * the extension) call through to it with their extra arguments, so a devtools-style name
 * `set(fn, replace, 'bears/add')` (or `{ type }`) is picked up.
 *
 * Without an explicit name, the action is inferred from the store function that is running when
 * `set` is called (functions in the initial state are wrapped to record their key); a `setState`
 * from outside any action is labelled 'setState' (source 'external').
 *
 * A `set` after an `await` inside an async action is labelled the same way: by then the action's
 * function has returned, and nothing on the call stack says which action the code belongs to. The
 * probe doesn't guess (two actions may be awaiting at once); the Zustand guide tells readers to
 * name such a `set` with devtools' third argument, which the probe then shows as given.
 */
import type { Emit } from '../protocol/events.ts';
import { serialize } from '../protocol/serialize.ts';
import { topLevelChanges } from '../protocol/diff.ts';
import { PAYLOAD_LIMITS, guard, nextName, type ProbeOptions } from './common.ts';

export interface ZustandProbeOptions extends ProbeOptions {
  /** Store name on events; defaults to 'zustand#N'. */
  name?: string;
  /** Wrap the store's functions to infer action names. Default true. */
  inferActionNames?: boolean;
}

type SetState = (partial: unknown, replace?: boolean, ...rest: unknown[]) => unknown;
interface StoreApiLike {
  setState: SetState;
  getState: () => unknown;
}
type StateCreatorLike = (set: SetState, get: () => unknown, api: StoreApiLike) => unknown;

let currentAction: string | undefined;

function explicitName(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (arg && typeof arg === 'object' && typeof (arg as { type?: unknown }).type === 'string') {
    return (arg as { type: string }).type;
  }
  return undefined;
}

function wrapActions(state: unknown): unknown {
  if (!state || typeof state !== 'object' || Array.isArray(state)) return state;
  const proto = Object.getPrototypeOf(state);
  if (proto !== Object.prototype && proto !== null) return state;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(state)) {
    const fn = (state as Record<string, unknown>)[key];
    if (typeof fn !== 'function') continue;
    copy ??= { ...(state as Record<string, unknown>) };
    const wrapped = function (this: unknown, ...args: unknown[]) {
      const previous = currentAction;
      currentAction = key;
      try {
        return (fn as (...a: unknown[]) => unknown).apply(this, args);
      } finally {
        currentAction = previous;
      }
    };
    Object.defineProperty(wrapped, 'name', { value: fn.name || key });
    copy[key] = wrapped;
  }
  return copy ?? state;
}

/**
 * Wrap a Zustand state creator (`(set, get, api) => state`) so every change it makes is
 * reported. Use it on the outermost creator passed to `create` / `createStore`.
 */
export function instrumentStateCreator<C>(createState: C, emit: Emit, options: ZustandProbeOptions = {}): C {
  const inner = createState as unknown as StateCreatorLike;
  const limits = options.serialize ?? PAYLOAD_LIMITS;
  const infer = options.inferActionNames ?? true;
  const creator: StateCreatorLike = (set, get, api) => {
    const name = options.name ?? nextName('zustand');
    const observedSet: SetState = (partial, replace, ...rest) => {
      const prev = get();
      const result = set(partial, replace, ...rest);
      const next = get();
      if (prev !== next) {
        guard(() => {
          const explicit = explicitName(rest[0]);
          const action = explicit ?? currentAction ?? 'setState';
          const actionSource = explicit ? 'explicit' : currentAction ? 'inferred' : 'external';
          const changedPaths = topLevelChanges(prev, next);
          const paths = changedPaths?.filter((p) => typeof (next as Record<string, unknown>)?.[p] !== 'function');
          emit({
            source: 'store',
            kind: 'store:changed',
            label: `${name} · ${action}${paths && paths.length ? ` (${paths.join(', ')})` : ''}`,
            data: serialize(typeof partial === 'function' ? next : partial, limits),
            changedPaths: paths,
            diffId: options.diffs ? options.diffs.put(prev, next) : undefined,
            meta: { library: 'zustand', store: name, action, actionSource, ...(replace ? { replace: true } : {}) },
          });
        });
      }
      return result;
    };
    api.setState = observedSet;
    const initial = inner(observedSet, get, api);
    const state = infer ? wrapActions(initial) : initial;
    guard(() => {
      emit({
        source: 'store',
        kind: 'store:init',
        label: `${name} created`,
        data: serialize(state, limits),
        changedPaths: state && typeof state === 'object' ? Object.keys(state) : undefined,
        diffId: options.diffs ? options.diffs.put(undefined, state) : undefined,
        meta: { library: 'zustand', store: name },
      });
    });
    return state;
  };
  return creator as unknown as C;
}

/**
 * Wrap zustand's `create` (or `createStore`, or `createWithEqualityFn`): both the direct form
 * `create(fn)` and the curried `create<T>()(fn)` are supported; extra arguments pass through.
 */
export function wrapZustandCreate<F extends (...args: never[]) => unknown>(
  create: F,
  emit: Emit,
  options: Omit<ZustandProbeOptions, 'name'> = {},
): F {
  const call = create as unknown as (creator?: unknown, ...rest: unknown[]) => unknown;
  const wrapped = (creator?: unknown, ...rest: unknown[]) => {
    if (creator === undefined) {
      return (later: unknown, ...laterRest: unknown[]) => call(instrumentStateCreator(later, emit, options), ...laterRest);
    }
    return call(instrumentStateCreator(creator, emit, options), ...rest);
  };
  return wrapped as unknown as F;
}
