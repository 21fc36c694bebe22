import { afterEach, describe, expect, it, vi } from 'vitest';
import { API_BASE_URL, startMockBackend, type MockBackend } from '@/mocks/node';
import type { Task } from '@/mocks/browser';
import { selectLiveStatus } from './connectionSlice';
import { makeStore, type AppStore } from './store';
import { keepNewerTasks } from './taskMessages';
import { reconnectDelay, tasksApi } from './tasksApi';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { Provider } from 'react-redux';
import App from './App';
import meta from './meta';

const PROJECT_ID = 'proj_07';
let backend: MockBackend;
let store: AppStore;

afterEach(() => {
  store.dispatch(tasksApi.util.resetApiState());
  backend.stop();
});

const cachedTasks = () => tasksApi.endpoints.getTasks.select(PROJECT_ID)(store.getState()).data ?? [];
const cachedTask = (id: string) => cachedTasks().find((task) => task.id === id);
const waitUntilLive = () => vi.waitFor(() => expect(selectLiveStatus(store.getState())).toBe('live'));

/** Subscribes to the project's tasks, as the mounted App does, and waits for the socket. */
async function liveStore() {
  store = makeStore();
  await store.dispatch(tasksApi.endpoints.getTasks.initiate(PROJECT_ID));
  await waitUntilLive();
  return cachedTasks();
}

async function createTask(projectId: string, title: string): Promise<Task> {
  const response = await fetch(`${API_BASE_URL}/tasks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ projectId, title }),
  });
  return response.json() as Promise<Task>;
}

describe('streaming updates into the cache', () => {
  it("applies another user's edit pushed over the socket", async () => {
    backend = startMockBackend();
    const [task] = await liveStore();

    backend.secondUser.editNow({ entity: 'tasks', id: task!.id });

    await vi.waitFor(() => expect(cachedTask(task!.id)).toEqual(backend.db.get('tasks', task!.id)));
    expect(cachedTask(task!.id)!.version).toBe(task!.version + 1);
  });

  it('adds a created task once, even when its frame arrives twice, and ignores other projects', async () => {
    backend = startMockBackend();
    const before = await liveStore();
    backend.faults.set({ duplicateFrames: 1 });

    await createTask('proj_01', 'Somewhere else');
    const created = await createTask(PROJECT_ID, 'Write the release notes');

    await vi.waitFor(() => expect(cachedTask(created.id)).toEqual(created));
    expect(cachedTasks()).toHaveLength(before.length + 1);
    expect(cachedTasks().filter((task) => task.id === created.id)).toHaveLength(1);
  });

  it('removes a task deleted elsewhere', async () => {
    backend = startMockBackend();
    const [task] = await liveStore();

    await fetch(`${API_BASE_URL}/tasks/${task!.id}`, { method: 'DELETE' });

    await vi.waitFor(() => expect(cachedTask(task!.id)).toBeUndefined());
  });

  it('keeps the newer version when an older frame arrives after it', async () => {
    backend = startMockBackend();
    const [task] = await liveStore();
    backend.faults.set({ reorderFrames: 1 });

    backend.secondUser.editNow({ entity: 'tasks', id: task!.id });
    backend.secondUser.editNow({ entity: 'tasks', id: task!.id });
    const latest = backend.db.get('tasks', task!.id) as Task;
    expect(latest.version).toBe(task!.version + 2);

    await vi.waitFor(() => expect(cachedTask(task!.id)).toEqual(latest));
    // The held-back frame (the older version) has arrived by now, and changed nothing.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(cachedTask(task!.id)).toEqual(latest);
  });

  it('applies a change made after the list’s first answer and before SUBSCRIBED', async () => {
    backend = startMockBackend();
    let changed: Task | undefined;
    // The moment the first GET /tasks has its answer, Sam edits one of its tasks.
    backend.server.events.on('response:mocked', ({ request }) => {
      if (changed || request.method !== 'GET' || !new URL(request.url).pathname.endsWith('/tasks')) return;
      const [first] = backend.db.list('tasks').filter((task) => task.projectId === PROJECT_ID);
      backend.secondUser.editNow({ entity: 'tasks', id: first!.id });
      changed = backend.db.get('tasks', first!.id);
    });
    await liveStore();
    expect(changed).toBeDefined();
    await vi.waitFor(() => expect(cachedTask(changed!.id)).toEqual(changed));
  });

  it('applies pushes that arrive before the first data by version: a late, older frame changes nothing', async () => {
    // The list answers after 300 ms; the socket is subscribed long before.
    backend = startMockBackend({ faults: { latency: 300 } });
    store = makeStore();
    const loading = store.dispatch(tasksApi.endpoints.getTasks.initiate(PROJECT_ID));
    await waitUntilLive();
    expect(cachedTasks()).toEqual([]);
    const [task] = backend.db.list('tasks').filter((t) => t.projectId === PROJECT_ID);
    backend.faults.set({ reorderFrames: 1 });
    backend.secondUser.editNow({ entity: 'tasks', id: task!.id });
    backend.secondUser.editNow({ entity: 'tasks', id: task!.id });
    const latest = backend.db.get('tasks', task!.id)!;

    await loading;
    expect(cachedTask(task!.id)).toEqual(latest);
    await new Promise((resolve) => setTimeout(resolve, 400)); // the catch-up refetch, and any late frame
    expect(cachedTask(task!.id)).toEqual(latest);
  });

  it('reconnects after a dropped socket, with backoff, and refetches what it missed', async () => {
    backend = startMockBackend();
    const [task] = await liveStore();

    backend.faults.dropSockets({ refuseReconnectsForSeconds: 1 });
    await vi.waitFor(() => expect(selectLiveStatus(store.getState())).toBe('reconnecting'));
    backend.secondUser.editNow({ entity: 'tasks', id: task!.id });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(cachedTask(task!.id)).toEqual(task);

    await vi.waitFor(() => expect(selectLiveStatus(store.getState())).toBe('live'), { timeout: reconnectDelay(0) + reconnectDelay(1) + 1000 });
    await vi.waitFor(() => expect(cachedTask(task!.id)!.version).toBe(task!.version + 1));
  });

  it('closes the socket when the cache entry goes away, and does not reconnect', async () => {
    backend = startMockBackend();
    await liveStore();
    expect(backend.state().connectedSockets).toBe(1);

    store.dispatch(tasksApi.util.resetApiState());

    await vi.waitFor(() => expect(backend.state().connectedSockets).toBe(0));
    await new Promise((resolve) => setTimeout(resolve, reconnectDelay(0) + 100));
    expect(backend.state().connectedSockets).toBe(0);
  });

  it('renders the first data the playground waits for', async () => {
    backend = startMockBackend();
    await liveStore();
    const html = renderToString(createElement(Provider, { store, children: createElement(App) }));
    expect(html).toContain(meta.firstData);
    expect(html).toContain('● Live');
  });
});

describe('keepNewerTasks (merging a refetched list)', () => {
  const task = (id: string, version: number, title: string) => ({ id, version, title }) as Task;

  it('keeps a task the cache has in a newer version, a pushed one the answer predates', () => {
    const cached = [task('task_1', 5, 'pushed'), task('task_2', 1, 'same')];
    const merged = keepNewerTasks(cached, [task('task_1', 4, 'older answer'), task('task_2', 1, 'same'), task('task_3', 1, 'new')]);
    expect(merged.map((t) => `${t.id}@${t.version} ${t.title}`)).toEqual(['task_1@5 pushed', 'task_2@1 same', 'task_3@1 new']);
    expect(merged[1]).toBe(cached[1]); // unchanged: the same object, so its row does not re-render
  });

  it('returns the cached list itself when the answer holds nothing newer', () => {
    const cached = [task('task_1', 2, 'a'), task('task_2', 1, 'b')];
    expect(keepNewerTasks(cached, [task('task_1', 2, 'a'), task('task_2', 1, 'b')])).toBe(cached);
  });

  it('takes the answer’s newer version, and drops what the answer no longer lists', () => {
    const merged = keepNewerTasks([task('task_1', 2, 'old'), task('task_2', 1, 'gone')], [task('task_1', 3, 'new')]);
    expect(merged).toEqual([task('task_1', 3, 'new')]);
  });
});
