/**
 * Pure parts of the render probe: deciding whether a component's render was unnecessary (same
 * props, state and context as its previous committed version) and summarizing a commit. They
 * work on any fiber-shaped object, so they are tested in Node without a DOM.
 */
import type { RenderMeta, RenderedComponent } from '../protocol/events.ts';

export interface ContextDependencyLike {
  memoizedValue?: unknown;
  next: ContextDependencyLike | null;
}

export interface HookLike {
  memoizedState: unknown;
  /** `{ value, getSnapshot }` for `useSyncExternalStore` (how `useSelector` and `useStore` subscribe). */
  queue?: unknown;
  next: HookLike | null;
}

/** The fields of a React fiber the classification reads. */
export interface FiberLike {
  type: unknown;
  memoizedProps: unknown;
  memoizedState: unknown;
  dependencies?: { firstContext: ContextDependencyLike | null } | null;
  alternate: FiberLike | null;
  actualDuration?: number;
}

export type RenderReason = 'mount' | 'props' | 'state' | 'context';

export interface RenderClassification {
  /** Rendered with the same props, state and context as before. */
  unnecessary: boolean;
  /** What differed (empty when unnecessary). */
  reasons: RenderReason[];
  /**
   * Every difference was a new reference with equal contents (so the render was avoidable);
   * `sameValue` names them. False when anything really changed.
   */
  onlySameValue?: boolean;
  sameValue?: string[];
  /** A `useSyncExternalStore` hook (a store selector) returned a new reference with equal contents. */
  unstableSelector?: boolean;
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Shallow equality of two props/state objects (Object.is on each own key). */
export function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const key of ka) {
    if (!hasOwn.call(b, key) || !Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) {
      return false;
    }
  }
  return true;
}

function isClassComponent(type: unknown): boolean {
  return typeof type === 'function' && !!(type as { prototype?: { isReactComponent?: unknown } }).prototype?.isReactComponent;
}

/**
 * Effects (useEffect / useLayoutEffect / useInsertionEffect) get a new effect object on every
 * render even when their deps didn't change, so they say nothing about state: skip them.
 */
function isEffectState(state: unknown): boolean {
  if (!state || typeof state !== 'object') return false;
  const s = state as { tag?: unknown; create?: unknown; deps?: unknown };
  return typeof s.tag === 'number' && typeof s.create === 'function' && 'deps' in s;
}

function hooksEqual(a: unknown, b: unknown): boolean {
  let x = a as HookLike | null;
  let y = b as HookLike | null;
  let guard = 0;
  while (x && y) {
    if (++guard > 10_000) return false;
    if (typeof x !== 'object' || typeof y !== 'object') return Object.is(x, y);
    const sx = x.memoizedState;
    const sy = y.memoizedState;
    if (!Object.is(sx, sy) && !(isEffectState(sx) && isEffectState(sy))) return false;
    x = x.next;
    y = y.next;
  }
  return x === y || (!x && !y);
}

function contextsEqual(a: FiberLike, b: FiberLike): boolean {
  let x = a.dependencies?.firstContext ?? null;
  let y = b.dependencies?.firstContext ?? null;
  let guard = 0;
  while (x && y) {
    if (++guard > 10_000) return false;
    if (!Object.is(x.memoizedValue, y.memoizedValue)) return false;
    x = x.next;
    y = y.next;
  }
  return !x && !y;
}

/**
 * Structural equality with a budget: plain objects and arrays compared key by key, anything else
 * with `Object.is`. Past `budget` nodes it answers false (a change we could not rule out).
 */
export function equalContents(a: unknown, b: unknown, budget = { nodes: 2_000 }): boolean {
  if (Object.is(a, b)) return true;
  if (--budget.nodes < 0) return false;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const protoA = Object.getPrototypeOf(a);
  if (protoA !== Object.getPrototypeOf(b) || (protoA !== Object.prototype && protoA !== Array.prototype && protoA !== null)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const key of ka) {
    if (!hasOwn.call(b, key)) return false;
    if (!equalContents((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], budget)) return false;
  }
  return true;
}

function isStoreSubscription(hook: HookLike): boolean {
  const queue = hook.queue as { getSnapshot?: unknown } | null | undefined;
  return !!queue && typeof queue === 'object' && typeof queue.getSnapshot === 'function';
}

/**
 * Which of a re-render's differences were new references with equal contents. Returns
 * undefined as soon as one difference is a real change (or cannot be compared).
 */
function sameValueChanges(fiber: FiberLike, previous: FiberLike, reasons: RenderReason[]): { keys: string[]; selector: boolean } | undefined {
  const keys: string[] = [];
  let selector = false;
  if (reasons.includes('props')) {
    const a = fiber.memoizedProps as Record<string, unknown> | null;
    const b = previous.memoizedProps as Record<string, unknown> | null;
    if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Object.keys(a).length !== Object.keys(b).length) return undefined;
    for (const key of Object.keys(a)) {
      if (Object.is(a[key], b[key])) continue;
      if (!hasOwn.call(b, key) || !equalContents(a[key], b[key])) return undefined;
      keys.push(`props.${key}`);
    }
  }
  if (reasons.includes('state')) {
    if (isClassComponent(fiber.type)) return undefined;
    let x = fiber.memoizedState as HookLike | null;
    let y = previous.memoizedState as HookLike | null;
    let guard = 0;
    while (x && y && typeof x === 'object' && typeof y === 'object') {
      if (++guard > 10_000) return undefined;
      const sx = x.memoizedState;
      const sy = y.memoizedState;
      // Only hooks with an update queue (useState, useReducer, useSyncExternalStore) make a
      // component render; memos, refs and effects follow from what did.
      if (x.queue && !Object.is(sx, sy)) {
        if (!equalContents(sx, sy)) return undefined;
        if (isStoreSubscription(x)) {
          selector = true;
          if (!keys.includes('selector')) keys.push('selector');
        } else if (!keys.includes('state')) keys.push('state');
      }
      x = x.next;
      y = y.next;
    }
    if (x || y) return undefined;
  }
  if (reasons.includes('context')) {
    let x = fiber.dependencies?.firstContext ?? null;
    let y = previous.dependencies?.firstContext ?? null;
    while (x && y) {
      if (!Object.is(x.memoizedValue, y.memoizedValue) && !equalContents(x.memoizedValue, y.memoizedValue)) return undefined;
      x = x.next;
      y = y.next;
    }
    keys.push('context');
  }
  return { keys, selector };
}

/** Classify one rendered composite fiber against its previous version (`alternate`). */
export function classifyRender(fiber: FiberLike): RenderClassification {
  const previous = fiber.alternate;
  if (!previous) return { unnecessary: false, reasons: ['mount'] };
  const reasons: RenderReason[] = [];
  if (!shallowEqual(fiber.memoizedProps, previous.memoizedProps)) reasons.push('props');
  const stateEqual = isClassComponent(fiber.type)
    ? shallowEqual(fiber.memoizedState, previous.memoizedState)
    : hooksEqual(fiber.memoizedState, previous.memoizedState);
  if (!stateEqual) reasons.push('state');
  if (!contextsEqual(fiber, previous)) reasons.push('context');
  if (reasons.length === 0) return { unnecessary: true, reasons };
  const same = sameValueChanges(fiber, previous, reasons);
  if (!same) return { unnecessary: false, reasons };
  return { unnecessary: false, reasons, onlySameValue: true, sameValue: same.keys, ...(same.selector ? { unstableSelector: true } : {}) };
}

export interface RenderRecord {
  name: string;
  phase: 'mount' | 'update';
  unnecessary: boolean;
  duration?: number;
  /** Only new references with equal contents changed (see `RenderClassification`). */
  sameValue?: string[];
  unstableSelector?: boolean;
}

const MAX_SAME_VALUE_KEYS = 5;

/**
 * Aggregate one commit's renders per component name (count, unnecessary, mounts, running total),
 * most-rendered first, listing at most `maxComponents`. `totals` is updated in place.
 */
export function summarizeCommit(records: RenderRecord[], totals: Map<string, number>, maxComponents = 50): RenderMeta {
  const byName = new Map<string, RenderedComponent>();
  let unnecessary = 0;
  for (const r of records) {
    let c = byName.get(r.name);
    if (!c) {
      c = { name: r.name, count: 0, unnecessary: 0, mounts: 0, total: 0 };
      byName.set(r.name, c);
    }
    c.count++;
    if (r.phase === 'mount') c.mounts++;
    if (r.unnecessary) {
      c.unnecessary++;
      unnecessary++;
    }
    if (typeof r.duration === 'number' && Number.isFinite(r.duration)) c.duration = (c.duration ?? 0) + r.duration;
    if (r.sameValue) {
      c.sameValue = (c.sameValue ?? 0) + 1;
      const keys = (c.sameValueKeys ??= []);
      for (const key of r.sameValue) if (keys.length < MAX_SAME_VALUE_KEYS && !keys.includes(key)) keys.push(key);
    }
    if (r.unstableSelector) c.unstableSelectors = (c.unstableSelectors ?? 0) + 1;
  }
  for (const c of byName.values()) {
    const total = (totals.get(c.name) ?? 0) + c.count;
    totals.set(c.name, total);
    c.total = total;
  }
  const components = [...byName.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const meta: RenderMeta = { components: components.slice(0, maxComponents), rendered: records.length, unnecessary };
  if (components.length > maxComponents) meta.truncated = true;
  return meta;
}

/** One-line label for a commit, e.g. "3 renders: TodoList, TodoItem ×2 (1 unnecessary)". */
export function commitLabel(meta: RenderMeta): string {
  const names = meta.components
    .slice(0, 4)
    .map((c) => (c.count > 1 ? `${c.name} ×${c.count}` : c.name))
    .join(', ');
  const more = meta.components.length > 4 || meta.truncated ? ', …' : '';
  const extra = meta.unnecessary ? ` (${meta.unnecessary} unnecessary)` : '';
  return `${meta.rendered} render${meta.rendered === 1 ? '' : 's'}: ${names}${more}${extra}`;
}
