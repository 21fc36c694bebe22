import { describe, expect, it } from 'vitest';
import { initialState, selectOpenCount, selectVisibleTasks, tasksReducer, type TasksState } from './tasks';

// A reducer is a plain function: give it a state and an action, check the state it returns.
describe('tasksReducer', () => {
  it('adds a task at the end, open, with the next id', () => {
    const next = tasksReducer(initialState, { type: 'added', title: 'Celebrate' });
    expect(next.tasks.at(-1)).toEqual({ id: 4, title: 'Celebrate', done: false });
  });

  it('ignores a blank title', () => {
    expect(tasksReducer(initialState, { type: 'added', title: '   ' })).toBe(initialState);
  });

  it('toggles one task and leaves the others as they were', () => {
    const next = tasksReducer(initialState, { type: 'toggled', id: 2 });
    expect(next.tasks[1]!.done).toBe(true);
    expect(next.tasks[0]).toBe(initialState.tasks[0]);
    expect(next.tasks[2]).toBe(initialState.tasks[2]);
  });

  it('removes a task', () => {
    const next = tasksReducer(initialState, { type: 'removed', id: 1 });
    expect(next.tasks.map((t) => t.id)).toEqual([2, 3]);
  });

  it('never changes the state it was given', () => {
    const before = structuredClone(initialState);
    tasksReducer(initialState, { type: 'toggled', id: 1 });
    expect(initialState).toEqual(before);
  });
});

// Selectors are plain functions too: build the state by hand.
describe('selectors', () => {
  const state: TasksState = { ...initialState, filter: 'open' };

  it('shows only the open tasks under the open filter', () => {
    expect(selectVisibleTasks(state).map((t) => t.title)).toEqual(['Test the reducer', 'Ship it']);
  });

  it('counts the open tasks', () => {
    expect(selectOpenCount(initialState)).toBe(2);
  });
});
