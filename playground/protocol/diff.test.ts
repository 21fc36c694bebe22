import { describe, expect, it } from 'vitest';
import { diff, diffDetailed, topLevelChanges } from './diff.ts';

/** An object whose every property read / key enumeration is counted. */
function counted<T extends object>(target: T): { proxy: T; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(target, {
    get(t, key, receiver) {
      reads++;
      return Reflect.get(t, key, receiver);
    },
    ownKeys(t) {
      reads++;
      return Reflect.ownKeys(t);
    },
    getOwnPropertyDescriptor(t, key) {
      reads++;
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
  });
  return { proxy, reads: () => reads };
}

describe('diff', () => {
  it('reports added, removed and changed leaves with their paths', () => {
    const prev = { a: 1, b: { c: 2, d: 3 }, gone: true };
    const next = { a: 1, b: { c: 20, d: 3 }, added: 'yes' };
    expect(diff(prev, next)).toEqual([
      { path: ['b', 'c'], kind: 'changed', before: 2, after: 20 },
      { path: ['gone'], kind: 'removed', before: true },
      { path: ['added'], kind: 'added', after: 'yes' },
    ]);
  });

  it('does not read a single property of an unchanged subtree (structural sharing)', () => {
    const entities: Record<string, { id: number }> = {};
    for (let i = 0; i < 100_000; i++) entities[i] = { id: i };
    const { proxy: hugeUnchanged, reads } = counted(entities);
    const prev = { todos: { entities: hugeUnchanged, ids: [1] }, filter: 'all' };
    const next = { todos: prev.todos, filter: 'done' };
    expect(diff(prev, next)).toEqual([{ path: ['filter'], kind: 'changed', before: 'all', after: 'done' }]);
    expect(reads()).toBe(0);
  });

  it('descends only into the changed branch of a large state', () => {
    const big: Record<string, { id: number; done: boolean }> = {};
    for (let i = 0; i < 1000; i++) big[i] = { id: i, done: false };
    const { proxy: untouched, reads } = counted({ ...big });
    const prevEntities = { ...big };
    const nextEntities = { ...big, 42: { id: 42, done: true } };
    const prev = { todos: { entities: prevEntities }, archive: untouched };
    const next = { todos: { entities: nextEntities }, archive: untouched };
    expect(diff(prev, next)).toEqual([{ path: ['todos', 'entities', '42', 'done'], kind: 'changed', before: false, after: true }]);
    expect(reads()).toBe(0);
  });

  it('diffs arrays by index, with additions and removals at the end', () => {
    expect(diff([1, 2, 3], [1, 5])).toEqual([
      { path: ['1'], kind: 'changed', before: 2, after: 5 },
      { path: ['2'], kind: 'removed', before: 3 },
    ]);
    expect(diff([{ t: 'a' }], [{ t: 'a' }, { t: 'b' }])).toEqual([{ path: ['1'], kind: 'added', after: { t: 'b' } }]);
  });

  it('diffs Maps by key and Sets by membership', () => {
    expect(diff(new Map([['a', 1], ['b', 2]]), new Map([['a', 1], ['b', 3], ['c', 4]]))).toEqual([
      { path: ['b'], kind: 'changed', before: 2, after: 3 },
      { path: ['c'], kind: 'added', after: 4 },
    ]);
    expect(diff(new Set([1, 2]), new Set([2, 3]))).toEqual([
      { path: ['[value]'], kind: 'removed', before: 1 },
      { path: ['[value]'], kind: 'added', after: 3 },
    ]);
  });

  it('reports a type change (object → array, value → undefined) as one change', () => {
    expect(diff({ a: { x: 1 } }, { a: [1] })).toEqual([{ path: ['a'], kind: 'changed', before: { x: 1 }, after: [1] }]);
    expect(diff(undefined, { a: 1 })).toEqual([{ path: [], kind: 'changed', before: { $type: 'undefined' }, after: { a: 1 } }]);
  });

  it('caps the number of entries and says it truncated', () => {
    const prev: Record<string, number> = {};
    const next: Record<string, number> = {};
    for (let i = 0; i < 1000; i++) {
      prev[i] = i;
      next[i] = i + 1;
    }
    const result = diffDetailed(prev, next, { maxEntries: 25 });
    expect(result.entries).toHaveLength(25);
    expect(result.truncated).toBe(true);
  });

  it('serializes before/after values with limits', () => {
    const big = Array.from({ length: 10_000 }, (_, i) => i);
    const [entry] = diff({ list: null }, { list: big });
    expect(entry!.after).toMatchObject({ $truncated: true, size: 10_000 });
  });
});

describe('topLevelChanges', () => {
  it('lists the top-level keys whose reference changed', () => {
    const shared = { x: 1 };
    expect(topLevelChanges({ a: shared, b: 1, c: 2 }, { a: shared, b: 2, d: 3 })).toEqual(['b', 'd', 'c']);
  });

  it('never looks below the top level', () => {
    const { proxy, reads } = counted({ deep: { deeper: 1 } });
    expect(topLevelChanges({ inner: proxy, n: 1 }, { inner: proxy, n: 2 })).toEqual(['n']);
    expect(reads()).toBe(0);
  });

  it('gives indexes for short arrays and nothing for very long ones', () => {
    expect(topLevelChanges([1, 2, 3], [1, 9, 3])).toEqual(['1']);
    const long = Array.from({ length: 5000 }, (_, i) => i);
    expect(topLevelChanges(long, [...long, 1])).toBeUndefined();
  });
});
