import { describe, expect, it } from 'vitest';
import { Component } from 'react';
import {
  FIBER_FLAGS,
  changedScreen,
  classifyRender,
  commitLabel,
  deepEqual,
  reasonText,
  shallowEqual,
  summarizeCommit,
  type FiberLike,
  type HookLike,
} from './renderClassify.ts';

/** A hooks list like React's: `{ memoizedState, next }` per hook call. */
function hooks(...states: unknown[]): HookLike | null {
  let head: HookLike | null = null;
  for (let i = states.length - 1; i >= 0; i--) head = { memoizedState: states[i], next: head };
  return head;
}

/** An effect object as React stores it on an effect hook (a new one every render). */
const effect = (deps: unknown[]) => ({ tag: 9, create: () => undefined, inst: {}, deps, next: null });

function contexts(...values: unknown[]) {
  let head: { memoizedValue: unknown; next: unknown } | null = null;
  for (let i = values.length - 1; i >= 0; i--) head = { memoizedValue: values[i], next: head };
  return { firstContext: head as never };
}

function TodoItem() {
  return null;
}

function fiber(current: Partial<FiberLike>, previous?: Partial<FiberLike>): FiberLike {
  const base = { type: TodoItem, memoizedProps: {}, memoizedState: null, dependencies: null };
  return {
    ...base,
    ...current,
    alternate: previous ? ({ ...base, ...previous, alternate: null } as FiberLike) : null,
  } as FiberLike;
}

describe('classifyRender', () => {
  const onToggle = () => {};
  const theme = { dark: true };

  it('calls a first render a mount, never unnecessary', () => {
    expect(classifyRender(fiber({ memoizedProps: { id: 1 } }))).toEqual({ unnecessary: false, reasons: ['mount'], sameContents: false });
  });

  it('flags a re-render with shallow-equal props, equal hook state and equal context as unnecessary', () => {
    const result = classifyRender(
      fiber(
        { memoizedProps: { id: 1, onToggle }, memoizedState: hooks(false, effect([1])), dependencies: contexts(theme) },
        { memoizedProps: { id: 1, onToggle }, memoizedState: hooks(false, effect([1])), dependencies: contexts(theme) },
      ),
    );
    expect(result).toEqual({ unnecessary: true, reasons: [], sameContents: false });
    expect(reasonText(result)).toBe('parent rendered');
  });

  it('names what changed: props, state, context', () => {
    expect(classifyRender(fiber({ memoizedProps: { id: 2 } }, { memoizedProps: { id: 1 } })).reasons).toEqual(['props']);
    expect(classifyRender(fiber({ memoizedProps: { onToggle: () => {} } }, { memoizedProps: { onToggle } })).reasons).toEqual(['props']);
    expect(classifyRender(fiber({ memoizedState: hooks(true) }, { memoizedState: hooks(false) })).reasons).toEqual(['state']);
    expect(
      classifyRender(fiber({ dependencies: contexts({ dark: false }) }, { dependencies: contexts(theme) })).reasons,
    ).toEqual(['context']);
  });

  it('compares class component state shallowly', () => {
    class Counter extends Component {}
    const same = classifyRender(fiber({ type: Counter, memoizedState: { n: 1 } }, { type: Counter, memoizedState: { n: 1 } }));
    const changed = classifyRender(fiber({ type: Counter, memoizedState: { n: 2 } }, { type: Counter, memoizedState: { n: 1 } }));
    expect(same.unnecessary).toBe(true);
    expect(changed.reasons).toEqual(['state']);
  });

  it('names new references with equal contents: an inline array prop, an equal context value', () => {
    const result = classifyRender(fiber({ memoizedProps: { id: 1, tags: ['a'] } }, { memoizedProps: { id: 1, tags: ['a'] } }));
    expect(result).toMatchObject({ reasons: ['props'], onlySameValue: true, sameValue: ['props.tags'] });
    expect(classifyRender(fiber({ dependencies: contexts({ dark: true }) }, { dependencies: contexts(theme) })).sameValue).toEqual(['context']);
  });

  it('says nothing is avoidable when one change is real, even beside an equal-contents reference', () => {
    const result = classifyRender(fiber({ memoizedProps: { id: 2, tags: ['a'] } }, { memoizedProps: { id: 1, tags: ['a'] } }));
    expect(result.reasons).toEqual(['props']);
    expect(result.onlySameValue).toBeUndefined();
    expect(result.sameValue).toBeUndefined();
  });

  it('flags a store subscription (useSyncExternalStore) whose selector returned a new array with equal contents', () => {
    const subscription = (value: unknown): HookLike => ({ memoizedState: value, queue: { value, getSnapshot: () => value }, next: null });
    const unstable = classifyRender(fiber({ memoizedState: subscription([{ id: 1 }]) }, { memoizedState: subscription([{ id: 1 }]) }));
    expect(unstable).toMatchObject({ reasons: ['state'], sameValue: ['selector'], unstableSelector: true });
    const changed = classifyRender(fiber({ memoizedState: subscription([{ id: 2 }]) }, { memoizedState: subscription([{ id: 1 }]) }));
    expect(changed.unstableSelector).toBeUndefined();
    // A useMemo beside it recomputed from an inline selector: [value, deps] with new functions.
    const withMemo = (value: unknown): HookLike => ({ memoizedState: [() => value, [() => value]], queue: null, next: subscription(value) });
    expect(classifyRender(fiber({ memoizedState: withMemo([1]) }, { memoizedState: withMemo([1]) }))).toMatchObject({ sameValue: ['selector'], unstableSelector: true });
    const useState = (value: unknown): HookLike => ({ memoizedState: value, queue: { pending: null }, next: null });
    const plainState = classifyRender(fiber({ memoizedState: useState({ n: 1 }) }, { memoizedState: useState({ n: 1 }) }));
    expect(plainState).toMatchObject({ sameValue: ['state'] });
    expect(plainState.unstableSelector).toBeUndefined();
  });
});

/** A host element fiber (`<tag>`) as a commit leaves it: flags, props now and before. */
function host(props: Record<string, unknown>, previous: Record<string, unknown> | null, flags = 0, tag = 5): FiberLike {
  return {
    type: 'span',
    tag,
    memoizedProps: props,
    memoizedState: null,
    flags,
    subtreeFlags: 0,
    child: null,
    sibling: null,
    alternate: previous ? ({ type: 'span', tag, memoizedProps: previous, memoizedState: null, alternate: null } as FiberLike) : null,
  };
}

/** A component fiber re-rendered with `state` (was `before`) over `children` (siblings chained). */
function component(state: unknown, before: unknown, children: FiberLike[]): FiberLike {
  children.forEach((c, i) => (c.sibling = children[i + 1] ?? null));
  const subtreeFlags = children.reduce((f, c) => f | (c.flags ?? 0) | (c.subtreeFlags ?? 0), 0);
  return {
    ...fiber({ memoizedState: hooks(state) }, { memoizedState: hooks(before) }),
    tag: 0,
    flags: 0,
    subtreeFlags,
    child: children[0] ?? null,
  };
}

describe('unnecessary = changed nothing on screen (React Scan’s definition)', () => {
  const onClick = () => {};

  it('a selector’s new object with the same numbers: the render changed nothing, and the reason says so', () => {
    // ProjectButton after `selectFromResult` returns { progress: { done, total } } whole: a new
    // object every time; React 19 marks the <button> for update (new props object), the text is the same.
    const button = host({ onClick: () => {}, children: 'Docs · 2/5 done' }, { onClick, children: 'Docs · 2/5 done' }, FIBER_FLAGS.Update);
    const render = classifyRender(component({ progress: { done: 2, total: 5 } }, { progress: { done: 2, total: 5 } }, [button]));
    expect(render).toMatchObject({ unnecessary: true, reasons: ['state'], sameContents: true });
    expect(reasonText(render)).toBe('state: new reference, equal contents');
  });

  it('a render that changed a text node, an attribute, or inserted or removed nodes was necessary', () => {
    const text = host({ children: '3/5' } as never, null, 0, 6);
    (text as { memoizedProps: unknown }).memoizedProps = '3/5';
    text.alternate = { ...text, memoizedProps: '2/5', alternate: null };
    text.flags = FIBER_FLAGS.Update;
    expect(classifyRender(component({ done: 3 }, { done: 2 }, [text])).unnecessary).toBe(false);
    const pressed = host({ 'aria-pressed': true }, { 'aria-pressed': false }, FIBER_FLAGS.Update);
    expect(classifyRender(component(true, false, [pressed])).unnecessary).toBe(false);
    // React clears Placement once the node is in the DOM; the parent's subtreeFlags keep it.
    const mounted = host({ children: 'new row' }, null);
    const withNewRow = component([1, 2], [1], [mounted]);
    withNewRow.subtreeFlags = FIBER_FLAGS.Placement;
    expect(classifyRender(withNewRow).unnecessary).toBe(false);
    // A new component child (a row mounted into the list): its host nodes carry no flag of their own.
    const newRow = { ...component('x', 'x', [host({ children: 'row' }, { children: 'row' })]), alternate: null };
    const list = component([1, 2], [1], [newRow]);
    list.subtreeFlags = FIBER_FLAGS.Placement;
    expect(classifyRender(list).unnecessary).toBe(false);
    const shrunk = host({}, {}, FIBER_FLAGS.ChildDeletion);
    expect(classifyRender(component([1], [1, 2], [shrunk])).unnecessary).toBe(false);
    const styled = host({ style: { color: 'red' } }, { style: { color: 'blue' } }, FIBER_FLAGS.Update);
    expect(classifyRender(component('red', 'blue', [styled])).unnecessary).toBe(false);
  });

  it('a new state value that draws the same was unnecessary: the reason still says state changed', () => {
    const same = host({ className: 'row', style: { color: 'red' } }, { className: 'row', style: { color: 'red' } }, FIBER_FLAGS.Update);
    const render = classifyRender(component(2, 1, [same]));
    expect(render).toMatchObject({ unnecessary: true, reasons: ['state'], sameContents: false });
    expect(reasonText(render)).toBe('state');
  });

  it('ignores flags of a subtree React skipped (its parent’s subtreeFlags don’t mention them)', () => {
    const stale = host({ children: 'b' }, { children: 'a' }, FIBER_FLAGS.Update);
    const skipped = component(1, 1, [stale]);
    skipped.subtreeFlags = 0; // bailed out: the child keeps an older commit's flags
    expect(changedScreen(skipped)).toBe(false);
  });

  it('looks through nested components, and shares the walk of one commit', () => {
    const leaf = host({ children: 'x' }, { children: 'y' }, FIBER_FLAGS.Update);
    const inner = component(1, 0, [leaf]);
    const outer = component(1, 0, [inner]);
    const cache = new Map<FiberLike, boolean>();
    expect(changedScreen(outer, cache)).toBe(true);
    expect(cache.get(inner)).toBe(true);
  });
});

describe('deepEqual', () => {
  it('compares contents, not references, within a budget', () => {
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
    expect(deepEqual(new Map([['k', { v: 1 }]]), new Map([['k', { v: 1 }]]))).toBe(true);
    expect(deepEqual(() => 1, () => 1)).toBe(true);
    expect(deepEqual(() => 1, () => 2)).toBe(false);
    const big = (n: number) => Array.from({ length: n }, (_, i) => ({ i }));
    expect(deepEqual(big(10), big(10))).toBe(true);
    expect(deepEqual(big(5_000), big(5_000))).toBe(false); // over the budget: not claimed equal
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const other: Record<string, unknown> = {};
    other.self = other;
    expect(deepEqual(cyclic, other)).toBe(true);
  });
});

describe('shallowEqual', () => {
  it('compares own keys with Object.is', () => {
    expect(shallowEqual({ a: 1, b: NaN }, { a: 1, b: NaN })).toBe(true);
    expect(shallowEqual({ a: {} }, { a: {} })).toBe(false);
    expect(shallowEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
  });
});

describe('summarizeCommit', () => {
  it('counts renders per component, unnecessary ones, mounts, and running totals across commits', () => {
    const totals = new Map<string, number>();
    const first = summarizeCommit(
      [
        { name: 'TodoList', phase: 'mount', unnecessary: false },
        { name: 'TodoItem', phase: 'mount', unnecessary: false },
        { name: 'TodoItem', phase: 'mount', unnecessary: false },
      ],
      totals,
    );
    const second = summarizeCommit(
      [
        { name: 'TodoList', phase: 'update', unnecessary: false, duration: 1.5 },
        { name: 'TodoItem', phase: 'update', unnecessary: false, duration: 0.25 },
        { name: 'TodoItem', phase: 'update', unnecessary: true, duration: 0.25 },
      ],
      totals,
    );
    expect(first.components).toEqual([
      { name: 'TodoItem', count: 2, unnecessary: 0, mounts: 2, total: 2 },
      { name: 'TodoList', count: 1, unnecessary: 0, mounts: 1, total: 1 },
    ]);
    expect(second).toEqual({
      rendered: 3,
      unnecessary: 1,
      components: [
        { name: 'TodoItem', count: 2, unnecessary: 1, mounts: 0, total: 4, duration: 0.5 },
        { name: 'TodoList', count: 1, unnecessary: 0, mounts: 0, total: 2, duration: 1.5 },
      ],
    });
    expect(commitLabel(second)).toBe('3 renders: TodoItem ×2, TodoList (1 unnecessary)');
  });

  it('counts renders that only got new references with equal contents, and unstable selectors, per component', () => {
    const meta = summarizeCommit(
      [
        { name: 'TaskList', phase: 'update', unnecessary: false, sameValue: ['selector'], unstableSelector: true },
        { name: 'TaskList', phase: 'update', unnecessary: false, sameValue: ['selector', 'props.style'], unstableSelector: true },
        { name: 'Header', phase: 'update', unnecessary: false },
      ],
      new Map(),
    );
    const list = meta.components.find((c) => c.name === 'TaskList')!;
    expect(list).toMatchObject({ sameValue: 2, sameValueKeys: ['selector', 'props.style'], unstableSelectors: 2 });
    expect(meta.components.find((c) => c.name === 'Header')!.sameValue).toBeUndefined();
  });

  it('says how many renders were new references to equal contents, and each component’s reasons', () => {
    const meta = summarizeCommit(
      [
        ...Array.from({ length: 4 }, () => ({
          name: 'ProjectButton',
          phase: 'update' as const,
          unnecessary: true,
          reason: 'state: new reference, equal contents',
          sameContents: true,
        })),
        { name: 'TaskRow', phase: 'update', unnecessary: false, reason: 'state' },
      ],
      new Map(),
    );
    expect(commitLabel(meta)).toBe('5 renders: ProjectButton ×4, TaskRow (4 unnecessary; 4 new reference, equal contents)');
    expect(meta.components[0]).toMatchObject({ name: 'ProjectButton', reasons: ['state: new reference, equal contents'] });
    expect(meta.components[1]).toMatchObject({ name: 'TaskRow', reasons: ['state'] });
  });

  it('lists at most maxComponents and says so', () => {
    const records = Array.from({ length: 10 }, (_, i) => ({ name: `C${i}`, phase: 'update' as const, unnecessary: false }));
    const meta = summarizeCommit(records, new Map(), 3);
    expect(meta.components).toHaveLength(3);
    expect(meta.truncated).toBe(true);
    expect(meta.rendered).toBe(10);
  });
});
