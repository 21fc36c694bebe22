import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shallow } from 'zustand/shallow';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { useBoardStore } from './store';

let backend: MockBackend;
const initial = useBoardStore.getState();
beforeEach(() => {
  backend = startMockBackend();
  useBoardStore.setState(initial, true);
});
afterEach(() => backend.stop());

type State = ReturnType<typeof useBoardStore.getState>;

/** What a component with this selector sees: a call per change whose result is not equal. */
function watch<T>(selector: (state: State) => T, equal: (a: T, b: T) => boolean) {
  const changes = vi.fn();
  let last = selector(useBoardStore.getState());
  useBoardStore.subscribe((state) => {
    const next = selector(state);
    if (!equal(last, next)) changes(next);
    last = next;
  });
  return changes;
}

describe('narrow selectors over the board store', () => {
  beforeEach(async () => {
    await useBoardStore.getState().loadTasks();
  });

  it('loads proj_01’s tasks', () => {
    expect(useBoardStore.getState().tasks.map((task) => task.title)).toContain('Design conflict dialog');
  });

  it('gives a new ids array on every call: equal by shallow compare, never by Object.is', () => {
    const ids = (state: State) => state.tasks.map((task) => task.id);
    const byIdentity = watch(ids, Object.is);
    const byShallow = watch(ids, shallow);
    useBoardStore.getState().toggleSelected('task_017');
    useBoardStore.getState().clearSelection();
    expect(byIdentity).toHaveBeenCalledTimes(2);
    expect(byShallow).not.toHaveBeenCalled();
  });

  it('changes only the toggled row’s boolean and the selection count', () => {
    const row17 = watch((state) => state.selectedIds.includes('task_017'), Object.is);
    const row21 = watch((state) => state.selectedIds.includes('task_021'), Object.is);
    const bar = watch((state) => ({ count: state.selectedIds.length, clearSelection: state.clearSelection }), shallow);
    useBoardStore.getState().toggleSelected('task_017');
    expect(row17).toHaveBeenCalledTimes(1);
    expect(row21).not.toHaveBeenCalled();
    expect(bar).toHaveBeenCalledTimes(1);
  });

  it('reports a failed load', async () => {
    backend.faults.set({ errorRate: { 'GET /tasks': 1 } });
    await useBoardStore.getState().loadTasks();
    expect(useBoardStore.getState()).toMatchObject({ status: 'failed', error: 'GET /tasks answered 500' });
  });
});
