import { describe, expect, it } from 'vitest';
import { UNDO_LIMIT, makeStore, selectDoneCount, selectTaskById, selectTaskIds, toggled, undone } from './store';

// Performance budgets as tests: references and sizes are deterministic, times are not.
describe('fixed task list', () => {
  it('changes one task per toggle: the ids and every other task keep their references', () => {
    const store = makeStore();
    const ids = selectTaskIds(store.getState());
    const other = selectTaskById(store.getState(), 2);
    store.dispatch(toggled(1));
    expect(selectTaskIds(store.getState())).toBe(ids);
    expect(selectTaskById(store.getState(), 2)).toBe(other);
    expect(selectTaskById(store.getState(), 1).done).toBe(true);
    expect(selectDoneCount(store.getState())).toBe(1);
  });

  it('keeps the tasks sorted by title, numbers by value, from the start', () => {
    const store = makeStore();
    const titles = selectTaskIds(store.getState()).slice(0, 3).map((id) => selectTaskById(store.getState(), id).title);
    expect(titles).toEqual(['Audit cache 33', 'Audit cache 73', 'Audit cache 113']);
  });

  it(`keeps at most ${UNDO_LIMIT} undo steps, as ids, and undoes the last toggle`, () => {
    const store = makeStore();
    for (let id = 1; id <= UNDO_LIMIT + 10; id++) store.dispatch(toggled(id));
    expect(store.getState().tasks.past).toHaveLength(UNDO_LIMIT);
    store.dispatch(undone());
    expect(selectTaskById(store.getState(), UNDO_LIMIT + 10).done).toBe(false);
    expect(selectDoneCount(store.getState())).toBe(UNDO_LIMIT + 9);
  });

  it('stays under the 100 KB slice budget', () => {
    const store = makeStore();
    for (let id = 1; id <= UNDO_LIMIT; id++) store.dispatch(toggled(id));
    expect(JSON.stringify(store.getState().tasks).length).toBeLessThan(100 * 1024);
  });
});
