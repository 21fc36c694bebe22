import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { statusChanged } from './filterSlice';
import { makeStore, type AppStore } from './store';
import { PROJECT_ID, tasksApi } from './tasksApi';

let backend: MockBackend;
let store: AppStore;
let subscriptions: { unsubscribe(): void }[];

beforeEach(() => {
  backend = startMockBackend({ seed: 7 });
  store = makeStore();
  subscriptions = [];
});
afterEach(() => {
  for (const subscription of subscriptions) subscription.unsubscribe();
  store.dispatch(tasksApi.util.resetApiState());
  backend.stop();
});

/** Subscribes to a list the way a mounted component does, and waits for its data. */
async function loadTasks(status: Parameters<typeof tasksApi.endpoints.getTasks.initiate>[0]) {
  const subscription = store.dispatch(tasksApi.endpoints.getTasks.initiate(status));
  subscriptions.push(subscription);
  return subscription.unwrap();
}

const cachedTasks = (status: Parameters<typeof tasksApi.endpoints.getTasks.select>[0] = 'all') =>
  tasksApi.endpoints.getTasks.select(status)(store.getState()).data ?? [];

describe('visualizer-tasks example', () => {
  it('loads the project’s first tasks, and the status filter asks the server for that status only', async () => {
    const all = await loadTasks('all');
    expect(all.length).toBeGreaterThan(1);
    expect(all.every((task) => task.projectId === PROJECT_ID)).toBe(true);
    expect(all.map((task) => task.title)).toEqual([...all.map((task) => task.title)].sort((a, b) => a.localeCompare(b)));

    store.dispatch(statusChanged('done'));
    expect(store.getState().filter.status).toBe('done');
    const done = await loadTasks(store.getState().filter.status);
    expect(done.every((task) => task.status === 'done')).toBe(true);
  });

  it('shows the new status at once, and refetches the list with the new version when the server accepts', async () => {
    const [task] = (await loadTasks('all')).filter((t) => t.status !== 'done');
    expect(task).toBeDefined();
    const saving = store.dispatch(tasksApi.endpoints.updateTask.initiate({ id: task!.id, version: task!.version, changes: { status: 'done' } }));
    // Optimistic: the cache changed before the server answered.
    expect(cachedTasks().find((t) => t.id === task!.id)?.status).toBe('done');
    await saving.unwrap();
    await vi.waitFor(() => expect(cachedTasks().find((t) => t.id === task!.id)?.version).toBe(task!.version + 1));
    expect(backend.db.get('tasks', task!.id)?.status).toBe('done');
  });

  it('refetches the cached list of the task’s new status: a task marked done shows up under Done', async () => {
    const done = await loadTasks('done');
    const [task] = (await loadTasks('all')).filter((t) => t.status !== 'done');
    expect(done.map((t) => t.id)).not.toContain(task!.id);
    await store.dispatch(tasksApi.endpoints.updateTask.initiate({ id: task!.id, version: task!.version, changes: { status: 'done' } })).unwrap();
    await vi.waitFor(() => expect(cachedTasks('done').map((t) => t.id)).toContain(task!.id));
  });

  it('rolls back the optimistic status when the server answers 500', async () => {
    const [task] = (await loadTasks('all')).filter((t) => t.status !== 'done');
    backend.faults.set({ errorRate: { 'PATCH /tasks/:id': 1 } });
    const saving = store.dispatch(tasksApi.endpoints.updateTask.initiate({ id: task!.id, version: task!.version, changes: { status: 'done' } }));
    expect(cachedTasks().find((t) => t.id === task!.id)?.status).toBe('done');
    const result = await saving;
    expect(result.error).toMatchObject({ status: 500 });
    expect(cachedTasks().find((t) => t.id === task!.id)).toEqual(task);
    expect(backend.db.get('tasks', task!.id)?.status).toBe(task!.status);
  });

  it('rolls back when another user changed the task first (409 conflict)', async () => {
    const [task] = (await loadTasks('all')).filter((t) => t.status !== 'done');
    backend.db.update('tasks', task!.id, task!.version, { title: `${task!.title} (edited by Sam)` }, { actor: backend.db.actor('user_02') });
    const result = await store.dispatch(tasksApi.endpoints.updateTask.initiate({ id: task!.id, version: task!.version, changes: { status: 'done' } }));
    expect(result.error).toMatchObject({ status: 409 });
    expect(cachedTasks().find((t) => t.id === task!.id)?.status).toBe(task!.status);
  });

  it('patches the cached list when the socket reports another user’s edit', async () => {
    const tasks = await loadTasks('all');
    const task = tasks[0]!;
    // The socket subscribes once the list has loaded; give it a moment to open.
    await vi.waitFor(() => expect(backend.state().connectedSockets).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 20));
    backend.secondUser.editNow({ entity: 'tasks', id: task.id });
    await vi.waitFor(() => expect(cachedTasks().find((t) => t.id === task.id)?.version).toBeGreaterThan(task.version));
  });
});
