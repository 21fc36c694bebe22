import { afterEach, describe, expect, it } from 'vitest';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import type { Task } from '@/mocks/browser';
import { makeStore, type AppStore } from './store';
import { tasksApi } from './tasksApi';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { Provider } from 'react-redux';
import App from './App';
import meta from './meta';

const PROJECT_ID = 'proj_09';
let backend: MockBackend;
let store: AppStore;

afterEach(() => {
  store.dispatch(tasksApi.util.resetApiState());
  backend.stop();
});

const cachedTasks = () => tasksApi.endpoints.getTasks.select(PROJECT_ID)(store.getState()).data!;
const cachedTask = (id: string) => cachedTasks().find((task) => task.id === id)!;
const statsRequests = () => backend.faults.history().filter((d) => d.kind === 'http' && d.route === 'GET /projects/:id/stats').length;

/** Loads the list and the stats, and stays subscribed to both, as the mounted App does. */
async function loaded() {
  store = makeStore();
  await store.dispatch(tasksApi.endpoints.getTasks.initiate(PROJECT_ID));
  await store.dispatch(tasksApi.endpoints.getProjectStats.initiate(PROJECT_ID));
  return cachedTasks().find((task) => task.status === 'todo')!;
}

describe('optimistic status change', () => {
  it('shows the change before the server answers, then keeps the saved task with its new version', async () => {
    backend = startMockBackend({ faults: { latency: 50 } });
    const task = await loaded();

    const saving = store.dispatch(tasksApi.endpoints.updateTask.initiate({ task, changes: { status: 'done' } }));
    expect(cachedTask(task.id)).toMatchObject({ status: 'done', version: task.version });

    const saved = await saving.unwrap();
    expect(saved).toMatchObject({ status: 'done', version: task.version + 1 });
    expect(cachedTask(task.id)).toEqual(saved);
  });

  it('rolls back the optimistic status when the server answers 500', async () => {
    backend = startMockBackend({ faults: { latency: 50 } });
    const task = await loaded();
    const before = cachedTasks();
    backend.faults.set({ errorRate: { 'PATCH /tasks/:id': 1 } });

    const saving = store.dispatch(tasksApi.endpoints.updateTask.initiate({ task, changes: { status: 'done' } }));
    expect(cachedTask(task.id).status).toBe('done');

    const result = await saving;
    expect(result.error).toMatchObject({ status: 500 });
    expect(cachedTask(task.id)).toEqual(task);
    expect(cachedTasks()).toEqual(before);
    expect(backend.db.get('tasks', task.id)).toMatchObject({ status: 'todo', version: task.version });
  });

  it('on a 409 conflict, rolls back and shows the version someone else saved', async () => {
    backend = startMockBackend();
    const task = await loaded();
    backend.secondUser.editNow({ entity: 'tasks', id: task.id });
    const theirs = backend.db.get('tasks', task.id) as Task;

    const result = await store.dispatch(tasksApi.endpoints.updateTask.initiate({ task, changes: { title: 'Mine' } }));

    expect(result.error).toMatchObject({ status: 409 });
    expect(cachedTask(task.id)).toEqual(theirs);
    expect(cachedTask(task.id).title).toBe(task.title);

    const retried = await store.dispatch(
      tasksApi.endpoints.updateTask.initiate({ task: cachedTask(task.id), changes: { title: 'Mine' } }),
    );
    expect(retried.data).toMatchObject({ title: 'Mine', version: theirs.version + 1 });
  });
});

describe('tags and invalidation', () => {
  it('refetches the project stats after a saved change, and not after a failed one', async () => {
    backend = startMockBackend();
    const task = await loaded();
    const doneBefore = tasksApi.endpoints.getProjectStats.select(PROJECT_ID)(store.getState()).data!.byStatus.done;
    const requestsBefore = statsRequests();

    backend.faults.set({ errorRate: { 'PATCH /tasks/:id': 1 } });
    await store.dispatch(tasksApi.endpoints.updateTask.initiate({ task, changes: { status: 'done' } }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(statsRequests()).toBe(requestsBefore);

    backend.faults.reset();
    await store.dispatch(tasksApi.endpoints.updateTask.initiate({ task, changes: { status: 'done' } }));
    await expect.poll(() => tasksApi.endpoints.getProjectStats.select(PROJECT_ID)(store.getState()).data!.byStatus.done).toBe(doneBefore + 1);
    expect(statsRequests()).toBe(requestsBefore + 1);
  });

  it('renders the first data the playground waits for', async () => {
    backend = startMockBackend();
    await loaded();
    const html = renderToString(createElement(Provider, { store, children: createElement(App) }));
    expect(html).toContain(meta.firstData);
  });
});
