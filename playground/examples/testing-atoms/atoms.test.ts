import { beforeEach, describe, expect, it } from 'vitest';
import { createStore } from 'jotai';
import { openCountAtom, showDoneAtom, tasksAtom, toggleTaskAtom, visibleTasksAtom } from './atoms';

// Atoms are definitions; their values live in a store. A fresh store per test means
// every test starts from the atoms' initial values, whatever the last test set.
let store: ReturnType<typeof createStore>;
beforeEach(() => {
  store = createStore();
});

describe('task atoms', () => {
  it('counts the open tasks', () => {
    expect(store.get(openCountAtom)).toBe(2);
  });

  it('toggles a task through the write-only atom', () => {
    store.set(toggleTaskAtom, 1);
    expect(store.get(tasksAtom)[0]!.done).toBe(true);
    expect(store.get(openCountAtom)).toBe(1);
  });

  it('starts from the initial tasks again: the last test toggled a fresh store', () => {
    expect(store.get(tasksAtom)[0]!.done).toBe(false);
  });

  it('hides the done tasks when showDone is off', () => {
    store.set(showDoneAtom, false);
    expect(store.get(visibleTasksAtom).map((t) => t.id)).toEqual([1, 3]);
  });

  it('tells a subscriber when a derived atom changes', () => {
    const counts: number[] = [];
    store.sub(openCountAtom, () => counts.push(store.get(openCountAtom)));
    store.set(toggleTaskAtom, 3);
    store.set(toggleTaskAtom, 3);
    expect(counts).toEqual([1, 2]);
  });
});
