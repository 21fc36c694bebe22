import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { fetchTasks, initialTasks, tasksReducer } from './reducer';

let backend: MockBackend;
beforeEach(() => {
  backend = startMockBackend();
});
afterEach(() => backend.stop());

describe('the tasks reducer behind the two contexts', () => {
  // What lets `memo` skip the other rows: a toggle hands them the same task objects.
  it('gives a new object to the toggled task only', async () => {
    const state = tasksReducer(initialTasks, { type: 'loaded', tasks: await fetchTasks('proj_01') });
    const [first, ...rest] = state.tasks;
    const next = tasksReducer(state, { type: 'toggled', id: first!.id });
    expect(next.tasks[0]).not.toBe(first);
    rest.forEach((task, i) => expect(next.tasks[i + 1]).toBe(task));
  });

  it('keeps the tasks that already match when marking all done', async () => {
    const state = tasksReducer(initialTasks, { type: 'loaded', tasks: await fetchTasks('proj_01') });
    const next = tasksReducer(state, { type: 'allDone' });
    state.tasks.forEach((task, i) => {
      if (task.status === 'done') expect(next.tasks[i]).toBe(task);
      else expect(next.tasks[i]).toMatchObject({ id: task.id, status: 'done' });
    });
  });

  it('fails the load when the backend is unreachable', async () => {
    backend.faults.set({ offline: true });
    await expect(fetchTasks('proj_01')).rejects.toThrow();
  });
});
