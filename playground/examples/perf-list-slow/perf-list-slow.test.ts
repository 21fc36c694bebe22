import { describe, expect, it } from 'vitest';
import { makeStore, toggled, undone } from './store';

describe('slow task list: the problems the Recommendations tab names', () => {
  it('keeps a copy of the whole list per toggle: three toggles, three thousand tasks kept for Undo', () => {
    const store = makeStore();
    for (const id of [1, 2, 3]) store.dispatch(toggled(id));
    const { past } = store.getState().tasks;
    expect(past).toHaveLength(3);
    expect(past.reduce((n, list) => n + list.length, 0)).toBe(3_000);
  });

  it('builds a new sorted array on every toggle, so every row gets a new list to render from', () => {
    const store = makeStore();
    const before = store.getState().tasks.sorted;
    store.dispatch(toggled(1));
    const after = store.getState().tasks.sorted;
    expect(after).not.toBe(before);
    expect(after.map((t) => t.id)).toEqual(before.map((t) => t.id));
  });

  it('sorts titles by their numbers and undoes a toggle', () => {
    const store = makeStore();
    expect(store.getState().tasks.sorted.slice(0, 3).map((t) => t.title)).toEqual(['Audit cache 33', 'Audit cache 73', 'Audit cache 113']);
    store.dispatch(toggled(1));
    store.dispatch(undone());
    expect(store.getState().tasks.list.every((t) => !t.done)).toBe(true);
  });
});
