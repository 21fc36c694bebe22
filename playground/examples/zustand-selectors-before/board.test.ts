import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { useBoardStore } from './store';

let backend: MockBackend;
const initial = useBoardStore.getState();
beforeEach(() => {
  backend = startMockBackend();
  useBoardStore.setState(initial, true);
});
afterEach(() => backend.stop());

describe('the board store, read whole', () => {
  it('loads proj_01’s tasks', async () => {
    await useBoardStore.getState().loadTasks();
    expect(useBoardStore.getState().status).toBe('ready');
    expect(useBoardStore.getState().tasks.map((task) => task.title)).toContain('Design conflict dialog');
  });

  it('notifies a whole-store subscriber of every change, selection included', () => {
    const listener = vi.fn();
    useBoardStore.subscribe(listener);
    useBoardStore.getState().toggleSelected('task_017');
    useBoardStore.getState().toggleSelected('task_021');
    useBoardStore.getState().toggleSelected('task_017');
    expect(useBoardStore.getState().selectedIds).toEqual(['task_021']);
    useBoardStore.getState().clearSelection();
    expect(useBoardStore.getState().selectedIds).toEqual([]);
    expect(listener).toHaveBeenCalledTimes(4);
  });

  it('reports a failed load', async () => {
    backend.faults.set({ errorRate: { 'GET /tasks': 1 } });
    await useBoardStore.getState().loadTasks();
    expect(useBoardStore.getState()).toMatchObject({ status: 'failed', error: 'GET /tasks answered 500' });
  });
});
