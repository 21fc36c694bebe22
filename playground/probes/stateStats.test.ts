import { describe, expect, it } from 'vitest';
import { sliceStats, statsOfSlices } from './stateStats.ts';

describe('sliceStats', () => {
  it('counts the slice as JSON would write it', () => {
    const value = { list: [{ id: 't1', title: 'Ship', done: false }], filter: 'all', page: 12, open: null };
    expect(sliceStats(value, 'tasks').bytes).toBe(JSON.stringify(value).length);
  });

  it('finds where entities sit, with normalized keys standing for any id', () => {
    const state = {
      ids: ['t1', 't2'],
      entities: { t1: { id: 't1', title: 'Ship' }, t2: { id: 't2', title: 'Test' } },
      selected: { id: 't1', title: 'Ship' },
    };
    expect(sliceStats(state, 'tasks').entities).toEqual([
      { path: 'tasks.entities.{}', shape: 'id,title', ids: ['t1', 't2'] },
      { path: 'tasks.selected', shape: 'id,title', ids: ['t1'] },
    ]);
  });

  it('sees one object shared by two places at both, and stops at a cycle', () => {
    const project = { id: 'p1', name: 'Checkout' };
    const state: Record<string, unknown> = { list: [project], selected: project };
    state.self = state;
    expect(sliceStats(state, 'projects').entities!.map((p) => p.path)).toEqual(['projects.list[]', 'projects.selected']);
  });

  it('stops at its node budget and says the figure is partial', () => {
    const big = Array.from({ length: 1_000 }, (_, i) => ({ id: i, title: 'x'.repeat(20) }));
    const stats = sliceStats(big, 'list', { maxNodes: 100 });
    expect(stats.partial).toBe(true);
    expect(stats.bytes).toBeLessThan(JSON.stringify(big).length);
  });

  it('ignores bare ids and objects that are only an id', () => {
    expect(sliceStats({ ids: [1, 2], ref: { id: 1 } }, 's').entities).toBeUndefined();
  });
});

describe('statsOfSlices', () => {
  it('measures only the keys asked for', () => {
    expect(Object.keys(statsOfSlices({ a: [1], b: 'x', c: {} }, ['a', 'c'])!)).toEqual(['a', 'c']);
  });
});
