import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { fetchTasks, initialTasks, tasksReducer, type TasksState } from './reducer';

let backend: MockBackend;
beforeEach(() => {
  backend = startMockBackend();
});
afterEach(() => backend.stop());

const loaded = async (): Promise<TasksState> => tasksReducer(initialTasks, { type: 'loaded', tasks: await fetchTasks('proj_01') });

describe('the tasks reducer behind the context', () => {
  it('loads proj_01’s tasks by title', async () => {
    const state = await loaded();
    expect(state.status).toBe('ready');
    expect(state.tasks).toHaveLength(19);
    expect(state.tasks.map((task) => task.title)).toContain('Design conflict dialog');
  });

  it('toggles a task between done and to do', async () => {
    const state = await loaded();
    const open = state.tasks.find((task) => task.status !== 'done')!;
    const once = tasksReducer(state, { type: 'toggled', id: open.id });
    expect(once.tasks.find((task) => task.id === open.id)!.status).toBe('done');
    const twice = tasksReducer(once, { type: 'toggled', id: open.id });
    expect(twice.tasks.find((task) => task.id === open.id)!.status).toBe('todo');
  });

  it('marks all done, reopens the done ones, and removes the done ones', async () => {
    const state = await loaded();
    const allDone = tasksReducer(state, { type: 'allDone' });
    expect(allDone.tasks.every((task) => task.status === 'done')).toBe(true);
    expect(tasksReducer(allDone, { type: 'allReopened' }).tasks.every((task) => task.status === 'todo')).toBe(true);
    expect(tasksReducer(allDone, { type: 'doneRemoved' }).tasks).toEqual([]);
  });

  it('fails the load with the server’s status', async () => {
    backend.faults.set({ errorRate: { 'GET /tasks': 1 } });
    const error = await fetchTasks('proj_01').then(() => 'no error', (e: Error) => e.message);
    expect(error).toBe('GET /tasks answered 500');
    expect(tasksReducer(initialTasks, { type: 'loadFailed', error })).toMatchObject({ status: 'failed', error });
  });
});
