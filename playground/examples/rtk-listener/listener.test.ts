import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { selectStatusFilter, STATUS_FILTER_KEY, statusFilterChanged } from './filterSlice';
import { STATS_REFRESH_DELAY_MS } from './listeners';
import { makeStore, type AppStore } from './store';
import { saveKey, selectVisibleTasks, tasksApi } from './tasksApi';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { Provider } from 'react-redux';
import App, { TaskItem } from './App';
import meta from './meta';

/** Node has no localStorage without a flag; the app only needs getItem and setItem. */
class MemoryStorage implements Pick<Storage, 'getItem' | 'setItem'> {
  private items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}

const PROJECT_ID = 'proj_02';
let backend: MockBackend;

beforeEach(() => {
  vi.stubGlobal('localStorage', new MemoryStorage());
  backend = startMockBackend();
});
afterEach(() => {
  backend.stop();
  vi.unstubAllGlobals();
});

const statsRequests = () => backend.faults.history().filter((decision) => decision.kind === 'http' && decision.route === 'GET /projects/:id/stats').length;

let store: AppStore;
afterEach(() => store?.dispatch(tasksApi.util.resetApiState()));

/** The store with the project's tasks and stats loaded and subscribed, as the mounted App has them. */
async function loadedStore() {
  store = makeStore();
  await Promise.all([
    store.dispatch(tasksApi.endpoints.getTasks.initiate(PROJECT_ID)),
    store.dispatch(tasksApi.endpoints.getProjectStats.initiate(PROJECT_ID)),
  ]);
  return store;
}

const tasks = () => tasksApi.endpoints.getTasks.select(PROJECT_ID)(store.getState()).data!;
const visibleTasks = () => selectVisibleTasks(tasks(), selectStatusFilter(store.getState()));
const taskById = (id: string) => tasks().find((task) => task.id === id)!;
const stats = () => tasksApi.endpoints.getProjectStats.select(PROJECT_ID)(store.getState());
const save = (task: Parameters<typeof tasksApi.endpoints.updateTaskStatus.initiate>[0]['task'], status: 'todo' | 'done') =>
  store.dispatch(tasksApi.endpoints.updateTaskStatus.initiate({ task, status }, { fixedCacheKey: saveKey(task.id) }));

describe('persisted status filter', () => {
  it('saves the chosen filter, and the next store starts from it', async () => {
    await loadedStore();
    expect(selectStatusFilter(store.getState())).toBe('all');

    store.dispatch(statusFilterChanged('in_progress'));

    expect(localStorage.getItem(STATUS_FILTER_KEY)).toBe('in_progress');
    const visible = visibleTasks();
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((task) => task.status === 'in_progress')).toBe(true);
    expect(selectStatusFilter(makeStore().getState())).toBe('in_progress');
  });

  it('falls back to "all" when the saved value is not a filter it knows', () => {
    localStorage.setItem(STATUS_FILTER_KEY, 'archived');
    store = makeStore();
    expect(selectStatusFilter(store.getState())).toBe('all');
  });
});

describe('stats refetched after task changes (a listener on RTK Query’s own actions)', () => {
  it('refetches once after a burst of saves, when the burst is over', async () => {
    await loadedStore();
    expect(stats().data?.byStatus.done).toBe(1);
    const requestsAfterLoad = statsRequests();
    const todo = visibleTasks().filter((task) => task.status === 'todo').slice(0, 3);
    expect(todo).toHaveLength(3);

    for (const task of todo) await save(task, 'done').unwrap();
    expect(statsRequests()).toBe(requestsAfterLoad);
    expect(taskById(todo[0]!.id).status).toBe('done');

    await vi.waitFor(() => expect(stats().data?.byStatus.done).toBe(4), { timeout: STATS_REFRESH_DELAY_MS * 3 });
    expect(statsRequests()).toBe(requestsAfterLoad + 1);
  });

  it('keeps the last stats, marked out of date, when the refetch answers 500', async () => {
    await loadedStore();
    const before = stats().data;
    backend.faults.set({ errorRate: { 'GET /projects/:id/stats': 1 } });
    const task = visibleTasks().find((t) => t.status === 'todo')!;

    await save(task, 'done').unwrap();
    expect(taskById(task.id).status).toBe('done');

    await vi.waitFor(() => expect(stats().isError).toBe(true), { timeout: STATS_REFRESH_DELAY_MS * 3 });
    expect(stats().data).toBe(before);
    const html = renderToString(createElement(Provider, { store, children: createElement(App) }));
    expect(html).toContain('1 of 15 done');
    expect(html).toContain('out of date');
  });

  it('does not refetch when the save fails, and keeps the task as it was', async () => {
    await loadedStore();
    const requestsAfterLoad = statsRequests();
    backend.faults.set({ errorRate: { 'PATCH /tasks/:id': 1 } });
    const task = visibleTasks()[0]!;

    const result = await save(task, task.status === 'done' ? 'todo' : 'done');

    expect(result.error).toMatchObject({ status: 500 });
    await new Promise((resolve) => setTimeout(resolve, STATS_REFRESH_DELAY_MS + 300));
    expect(statsRequests()).toBe(requestsAfterLoad);
    expect(taskById(task.id)).toBe(task);
  });

  it('disables a task’s status while its save is on its way, so a second change can’t send the old version', async () => {
    backend.faults.set({ latency: 200 });
    await loadedStore();
    const task = visibleTasks()[0]!;
    const row = () => renderToString(createElement(Provider, { store, children: createElement(TaskItem, { task: taskById(task.id) }) }));
    expect(row()).not.toMatch(/<select[^>]*disabled/);

    const saving = save(task, task.status === 'done' ? 'todo' : 'done');
    expect(row()).toMatch(/<select[^>]*disabled/);
    await saving.unwrap();
    expect(row()).not.toMatch(/<select[^>]*disabled/);
  });

  it('renders the first data the playground waits for', async () => {
    await loadedStore();
    const html = renderToString(createElement(Provider, { store, children: createElement(App) }));
    expect(html).toContain(meta.firstData);
    expect(html).toContain('1 of 15 done');
  });
});
