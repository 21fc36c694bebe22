/**
 * Pure parts of the render probe: deciding whether a component's render was unnecessary and why
 * it rendered, and summarizing a commit. They work on any fiber-shaped object, so they are
 * tested in Node without a DOM.
 *
 * A render is UNNECESSARY when it changed nothing on screen: no host node (element or text) in
 * the component's subtree was inserted, removed, shown, hidden, or given a different attribute
 * or text in that commit (React Scan's definition). React marks what a commit does on each fiber
 * (`flags`) and on its ancestors (`subtreeFlags`); React 19 marks every host element whose props
 * object is new, so for those the props themselves are compared (event handlers don't draw).
 *
 * The REASONS say what changed since the previous render: props, state, context, each noted as
 * "new reference, equal contents" when the new value is deep-equal to the old one (the usual
 * waste: a selector or parent returning a new object or array with the same contents).
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
  /** React's work tag (5 host element, 6 host text, …); absent in the simplest test fibers. */
  tag?: number;
  memoizedProps: unknown;
  memoizedState: unknown;
  dependencies?: { firstContext: ContextDependencyLike | null } | null;
  alternate: FiberLike | null;
  actualDuration?: number;
  /** What the commit does to this fiber (React's `flags`). */
  flags?: number;
  /** The union of `flags` below this fiber, for this commit. */
  subtreeFlags?: number;
  child?: FiberLike | null;
  sibling?: FiberLike | null;
}

export type RenderReason = 'mount' | 'props' | 'state' | 'context';

export interface RenderClassification {
  /** Changed nothing on screen (never true for a mount). */
  unnecessary: boolean;
  /** What differed since the previous render (props, state, context), or `mount`. */
  reasons: RenderReason[];
  /** Every input that differed is a new reference to contents deep-equal to the old ones. */
  sameContents: boolean;
  /**
   * (Set whenever the render had a cause.) Every difference was a new reference with equal contents (so the render was avoidable);
   * `sameValue` names them. False when anything really changed.
   */
  onlySameValue?: boolean;
  sameValue?: string[];
  /** A `useSyncExternalStore` hook (a store selector) returned a new reference with equal contents. */
  unstableSelector?: boolean;
}

/** The text the timeline shows for "a new object with the same contents". */
export const SAME_CONTENTS = 'new reference, equal contents';

/** React's fiber flags (the values of bippy's `ReactFiberFlags`). */
export const FIBER_FLAGS = { Placement: 2, Update: 4, ChildDeletion: 16, ContentReset: 32, Visibility: 8192 } as const;
const SCREEN_FLAGS =
  FIBER_FLAGS.Placement | FIBER_FLAGS.Update | FIBER_FLAGS.ChildDeletion | FIBER_FLAGS.ContentReset | FIBER_FLAGS.Visibility;
/** Work tags of host fibers: element, text, hoistable (`<title>`, `<link>`), singleton (`<body>`). */
const HOST_TAGS = new Set([5, 6, 26, 27]);
const HOST_TEXT = 6;

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

/** Whether a host element's props differ in anything that draws (not handlers, not children elements). */
function hostPropsDiffer(next: unknown, prev: unknown): boolean {
  if (Object.is(next, prev)) return false;
  if (typeof next !== 'object' || typeof prev !== 'object' || next === null || prev === null) return true;
  const a = next as Record<string, unknown>;
  const b = prev as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (Object.is(x, y)) continue;
    if (typeof x === 'function' && typeof y === 'function') continue; // a new handler draws nothing
    if (key === 'children') {
      const text = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint';
      // Element children are fibers of their own, checked there; text children are this node's.
      if (!text(x) && !text(y)) continue;
      if (String(x) !== String(y) || text(x) !== text(y)) return true;
      continue;
    }
    if (key === 'style' || key === 'dangerouslySetInnerHTML') {
      if (shallowEqual(x, y)) continue;
      return true;
    }
    if (key === 'ref' || key === 'key') continue;
    return true;
  }
  return false;
}

/** What this fiber itself does to the screen in the commit (not its subtree). */
function changesScreenItself(fiber: FiberLike): boolean {
  const flags = fiber.flags ?? 0;
  // Nodes inserted or moved, children removed, a Suspense/Activity boundary shown or hidden.
  if (flags & (FIBER_FLAGS.Placement | FIBER_FLAGS.ChildDeletion | FIBER_FLAGS.Visibility)) return true;
  // New in this commit (React clears Placement once the nodes are in the DOM): a fiber reached
  // through this commit's subtreeFlags without a previous version was just mounted.
  if (!fiber.alternate) return true;
  if (fiber.tag === undefined || !HOST_TAGS.has(fiber.tag)) return false;
  if (flags & FIBER_FLAGS.ContentReset) return true;
  if (!(flags & FIBER_FLAGS.Update)) return false;
  if (fiber.tag === HOST_TEXT) return !Object.is(fiber.memoizedProps, fiber.alternate.memoizedProps);
  return hostPropsDiffer(fiber.memoizedProps, fiber.alternate.memoizedProps);
}

/**
 * Whether the commit changed anything on screen in `fiber`'s subtree (itself included). Call it
 * on fibers of the commit just made: only children whose ancestors carry this commit's
 * `subtreeFlags` are visited (a subtree React skipped keeps the flags of an older commit, and
 * its parent's `subtreeFlags` then don't mention them). `cache` shares the work between the
 * components of one commit (each fiber is visited once).
 */
export function changedScreen(fiber: FiberLike, cache: Map<FiberLike, boolean> = new Map()): boolean {
  const known = cache.get(fiber);
  if (known !== undefined) return known;
  let result = changesScreenItself(fiber);
  if (!result && (fiber.subtreeFlags ?? 0) & SCREEN_FLAGS) {
    for (let child = fiber.child ?? null; child; child = child.sibling ?? null) {
      if (changedScreen(child, cache)) {
        result = true;
        break;
      }
    }
  }
  cache.set(fiber, result);
  return result;
}

/** Source text of a function, or undefined when it can't be read. */
function sourceOf(fn: Function): string | undefined {
  try {
    return Function.prototype.toString.call(fn);
  } catch {
    return undefined;
  }
}

/**
 * Deep equality for "equal contents", bounded: at most `budget.nodes` values compared (past it,
 * not equal). Functions with the same source text count as equal contents (an inline callback
 * made again); cycles are followed once.
 */
export function deepEqual(a: unknown, b: unknown, budget = { nodes: 2_000 }, seen = new Map<object, object>()): boolean {
  if (Object.is(a, b)) return true;
  if (--budget.nodes < 0) return false;
  if (typeof a === 'function' && typeof b === 'function') {
    const sa = sourceOf(a);
    return sa !== undefined && sa === sourceOf(b);
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  if (a instanceof Map || a instanceof Set) {
    const bm = b as Map<unknown, unknown> | Set<unknown>;
    if (a.size !== bm.size) return false;
    const xs = [...a.entries()];
    const ys = [...bm.entries()];
    return xs.every((x, i) => deepEqual(x, ys[i], budget, seen));
  }
  if ((a as { $$typeof?: unknown }).$$typeof !== undefined) return false; // React elements, contexts: by reference
  if (Array.isArray(a)) {
    const ys = b as unknown[];
    if (a.length !== ys.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], ys[i], budget, seen)) return false;
    return true;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const key of ka) {
    if (!hasOwn.call(b, key)) return false;
    if (!deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], budget, seen)) return false;
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

/**
 * How two values differ: `equal` (same reference, or shallow-equal for props objects),
 * `same-contents` (new reference, deep-equal), or `changed`.
 */
type Difference = 'equal' | 'same-contents' | 'changed';

function worst(a: Difference, b: Difference): Difference {
  return a === 'changed' || b === 'changed' ? 'changed' : a === 'same-contents' || b === 'same-contents' ? 'same-contents' : 'equal';
}

/** Props (or class state): shallow-equal objects are equal; else each differing key is compared deeply. */
function objectDifference(a: unknown, b: unknown): Difference {
  if (shallowEqual(a, b)) return 'equal';
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return 'changed';
  const budget = { nodes: 2_000 };
  return deepEqual(a, b, budget) ? 'same-contents' : 'changed';
}

function hooksDifference(a: unknown, b: unknown): Difference {
  let x = a as HookLike | null;
  let y = b as HookLike | null;
  let guard = 0;
  let result: Difference = 'equal';
  const budget = { nodes: 2_000 };
  while (x && y) {
    if (++guard > 10_000) return 'changed';
    if (typeof x !== 'object' || typeof y !== 'object') return Object.is(x, y) ? result : 'changed';
    const sx = x.memoizedState;
    const sy = y.memoizedState;
    if (!Object.is(sx, sy) && !(isEffectState(sx) && isEffectState(sy))) {
      if (!deepEqual(sx, sy, budget)) return 'changed';
      result = 'same-contents';
    }
    x = x.next;
    y = y.next;
  }
  return x === y || (!x && !y) ? result : 'changed';
}

function contextsDifference(a: FiberLike, b: FiberLike): Difference {
  let x = a.dependencies?.firstContext ?? null;
  let y = b.dependencies?.firstContext ?? null;
  let guard = 0;
  let result: Difference = 'equal';
  const budget = { nodes: 2_000 };
  while (x && y) {
    if (++guard > 10_000) return 'changed';
    if (!Object.is(x.memoizedValue, y.memoizedValue)) {
      if (!deepEqual(x.memoizedValue, y.memoizedValue, budget)) return 'changed';
      result = 'same-contents';
    }
    x = x.next;
    y = y.next;
  }
  return !x && !y ? result : 'changed';
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
      if (!hasOwn.call(b, key) || !deepEqual(a[key], b[key])) return undefined;
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
        if (!deepEqual(sx, sy)) return undefined;
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
      if (!Object.is(x.memoizedValue, y.memoizedValue) && !deepEqual(x.memoizedValue, y.memoizedValue)) return undefined;
      x = x.next;
      y = y.next;
    }
    keys.push('context');
  }
  return { keys, selector };
}

/**
 * Classify one rendered composite fiber of the commit just made against its previous version
 * (`alternate`). `cache` is shared by the fibers of one commit (see `changedScreen`).
 */
export function classifyRender(fiber: FiberLike, cache?: Map<FiberLike, boolean>): RenderClassification {
  const previous = fiber.alternate;
  if (!previous) return { unnecessary: false, reasons: ['mount'], sameContents: false };
  const reasons: RenderReason[] = [];
  let overall: Difference = 'equal';
  const differences: [RenderReason, Difference][] = [
    ['props', objectDifference(fiber.memoizedProps, previous.memoizedProps)],
    [
      'state',
      isClassComponent(fiber.type)
        ? objectDifference(fiber.memoizedState, previous.memoizedState)
        : hooksDifference(fiber.memoizedState, previous.memoizedState),
    ],
    ['context', contextsDifference(fiber, previous)],
  ];
  for (const [reason, difference] of differences) {
    if (difference === 'equal') continue;
    reasons.push(reason);
    overall = worst(overall, difference);
  }
  const classification: RenderClassification = { unnecessary: !changedScreen(fiber, cache), reasons, sameContents: overall === 'same-contents' };
  // For the Recommendations tab: which references were new with equal contents, and whether a
  // store selector (useSyncExternalStore) returned one. Only hooks with an update queue count.
  const same = reasons.length > 0 ? sameValueChanges(fiber, previous, reasons) : undefined;
  if (same) Object.assign(classification, { onlySameValue: true, sameValue: same.keys }, same.selector ? { unstableSelector: true } : {});
  return classification;
}

/** The reason as one phrase: `state`, `props, state`, `props: new reference, equal contents`, `parent rendered`. */
export function reasonText(classification: RenderClassification): string {
  if (classification.reasons.length === 0) return 'parent rendered';
  const what = classification.reasons.join(', ');
  return classification.sameContents ? `${what}: ${SAME_CONTENTS}` : what;
}

export interface RenderRecord {
  name: string;
  phase: 'mount' | 'update';
  /** Changed nothing on screen. */
  unnecessary: boolean;
  /** Why it rendered (`reasonText`); absent for mounts. */
  reason?: string;
  /** Every changed input was a new reference to equal contents. */
  sameContents?: boolean;
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
  const reasonCounts = new Map<RenderedComponent, Map<string, number>>();
  let unnecessary = 0;
  let sameContents = 0;
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
    if (r.sameContents) sameContents++;
    if (r.reason) {
      let counts = reasonCounts.get(c);
      if (!counts) reasonCounts.set(c, (counts = new Map()));
      counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
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
    const counts = reasonCounts.get(c);
    if (counts) c.reasons = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([reason]) => reason);
  }
  const components = [...byName.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const meta: RenderMeta = { components: components.slice(0, maxComponents), rendered: records.length, unnecessary };
  if (sameContents) meta.sameContents = sameContents;
  if (components.length > maxComponents) meta.truncated = true;
  return meta;
}

/**
 * One-line label for a commit, e.g. "3 renders: TodoList, TodoItem ×2 (1 unnecessary)", or
 * "5 renders: ProjectButton ×4, TaskRow (4 unnecessary; 4 new reference, equal contents)".
 */
export function commitLabel(meta: RenderMeta): string {
  const names = meta.components
    .slice(0, 4)
    .map((c) => (c.count > 1 ? `${c.name} ×${c.count}` : c.name))
    .join(', ');
  const more = meta.components.length > 4 || meta.truncated ? ', …' : '';
  const notes = [
    meta.unnecessary ? `${meta.unnecessary} unnecessary` : '',
    meta.sameContents ? `${meta.sameContents} ${SAME_CONTENTS}` : '',
  ].filter(Boolean);
  const extra = notes.length ? ` (${notes.join('; ')})` : '';
  return `${meta.rendered} render${meta.rendered === 1 ? '' : 's'}: ${names}${more}${extra}`;
}
