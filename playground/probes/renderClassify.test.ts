import { describe, expect, it } from 'vitest';
import { Component } from 'react';
import { classifyRender, commitLabel, shallowEqual, summarizeCommit, type FiberLike, type HookLike } from './renderClassify.ts';

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
    expect(classifyRender(fiber({ memoizedProps: { id: 1 } }))).toEqual({ unnecessary: false, reasons: ['mount'] });
  });

  it('flags a re-render with shallow-equal props, equal hook state and equal context as unnecessary', () => {
    const result = classifyRender(
      fiber(
        { memoizedProps: { id: 1, onToggle }, memoizedState: hooks(false, effect([1])), dependencies: contexts(theme) },
        { memoizedProps: { id: 1, onToggle }, memoizedState: hooks(false, effect([1])), dependencies: contexts(theme) },
      ),
    );
    expect(result).toEqual({ unnecessary: true, reasons: [] });
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
    expect(result).toMatchObject({ unnecessary: false, reasons: ['props'], onlySameValue: true, sameValue: ['props.tags'] });
    expect(classifyRender(fiber({ dependencies: contexts({ dark: true }) }, { dependencies: contexts(theme) })).sameValue).toEqual(['context']);
  });

  it('says nothing is avoidable when one change is real, even beside an equal-contents reference', () => {
    const result = classifyRender(fiber({ memoizedProps: { id: 2, tags: ['a'] } }, { memoizedProps: { id: 1, tags: ['a'] } }));
    expect(result).toEqual({ unnecessary: false, reasons: ['props'] });
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

  it('lists at most maxComponents and says so', () => {
    const records = Array.from({ length: 10 }, (_, i) => ({ name: `C${i}`, phase: 'update' as const, unnecessary: false }));
    const meta = summarizeCommit(records, new Map(), 3);
    expect(meta.components).toHaveLength(3);
    expect(meta.truncated).toBe(true);
    expect(meta.rendered).toBe(10);
  });
});
