import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { STATS_REFRESH_DELAY_MS } from './listeners';
import { fetchProjectStats, selectProjectStats, selectStatsError } from './statsSlice';
import { makeStore } from './store';
import { fetchTasks, saveTaskStatus, selectStatusFilter, selectTaskById, selectVisibleTasks, STATUS_FILTER_KEY, statusFilterChanged } from './tasksSlice';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { Provider } from 'react-redux';
import App from './App';
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

async function loadedStore() {
  const store = makeStore();
  await Promise.all([store.dispatch(fetchTasks(PROJECT_ID)), store.dispatch(fetchProjectStats(PROJECT_ID))]);
  return store;
}

describe('persisted status filter', () => {
  it('saves the chosen filter, and the next store starts from it', async () => {
    const store = await loadedStore();
    expect(selectStatusFilter(store.getState())).toBe('all');

    store.dispatch(statusFilterChanged('in_progress'));

    expect(localStorage.getItem(STATUS_FILTER_KEY)).toBe('in_progress');
    const visible = selectVisibleTasks(store.getState());
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((task) => task.status === 'in_progress')).toBe(true);
    expect(selectStatusFilter(makeStore().getState())).toBe('in_progress');
  });

  it('falls back to "all" when the saved value is not a filter it knows', () => {
    localStorage.setItem(STATUS_FILTER_KEY, 'archived');
    expect(selectStatusFilter(makeStore().getState())).toBe('all');
  });
});

describe('stats refetched after task changes', () => {
  it('refetches once after a burst of changes, when the burst is over', async () => {
    const store = await loadedStore();
    expect(selectProjectStats(store.getState(), PROJECT_ID)?.byStatus.done).toBe(1);
    const requestsAfterLoad = statsRequests();
    const todo = selectVisibleTasks(store.getState()).filter((task) => task.status === 'todo').slice(0, 3);
    expect(todo).toHaveLength(3);

    for (const task of todo) await store.dispatch(saveTaskStatus({ task, status: 'done' }));
    expect(statsRequests()).toBe(requestsAfterLoad);

    await vi.waitFor(() => expect(selectProjectStats(store.getState(), PROJECT_ID)?.byStatus.done).toBe(4), {
      timeout: STATS_REFRESH_DELAY_MS * 3,
    });
    expect(statsRequests()).toBe(requestsAfterLoad + 1);
  });

  it('keeps the last stats, marked out of date, when the refetch answers 500', async () => {
    const store = await loadedStore();
    const before = selectProjectStats(store.getState(), PROJECT_ID);
    backend.faults.set({ errorRate: { 'GET /projects/:id/stats': 1 } });
    const task = selectVisibleTasks(store.getState()).find((t) => t.status === 'todo')!;

    await store.dispatch(saveTaskStatus({ task, status: 'done' }));
    expect(selectTaskById(store.getState(), task.id).status).toBe('done');

    await vi.waitFor(() => expect(selectStatsError(store.getState())).toMatch(/500/), { timeout: STATS_REFRESH_DELAY_MS * 3 });
    expect(selectProjectStats(store.getState(), PROJECT_ID)).toBe(before);
  });

  it('does not refetch when the save fails', async () => {
    const store = await loadedStore();
    const requestsAfterLoad = statsRequests();
    backend.faults.set({ errorRate: { 'PATCH /tasks/:id': 1 } });
    const task = selectVisibleTasks(store.getState())[0]!;

    const result = await store.dispatch(saveTaskStatus({ task, status: task.status === 'done' ? 'todo' : 'done' }));

    expect(saveTaskStatus.rejected.match(result)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, STATS_REFRESH_DELAY_MS + 300));
    expect(statsRequests()).toBe(requestsAfterLoad);
    expect(selectTaskById(store.getState(), task.id)).toBe(task);
  });

  it('renders the first data the playground waits for', async () => {
    const store = await loadedStore();
    const html = renderToString(createElement(Provider, { store, children: createElement(App) }));
    expect(html).toContain(meta.firstData);
    expect(html).toContain('1 of 15 done');
  });
});
