import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { environmentManager, QueryClient, QueryObserver } from '@tanstack/react-query';
import { API_BASE_URL, createManualClock, startMockBackend, type MockBackend, type Task } from '@/mocks/node';
import { keepNewerTasks, newestFirst, projectTasksQuery } from './queries';
import { connectTaskUpdates, withPushedTask, type ConnectionStatus } from './taskUpdates';

let backend: MockBackend;
let client: QueryClient;
let requests: string[];
let statuses: ConnectionStatus[];
let disconnect: () => void;

beforeAll(() => environmentManager.setIsServer(() => false)); // behave as in the browser
afterAll(() => environmentManager.setIsServer(() => true));

afterEach(() => {
  disconnect?.();
  client.clear();
  backend.stop();
});

/**
 * The app as it starts: the project's task list requested and the socket opened at once; then
 * the list on screen, the socket subscribed, and the catch-up fetch after SUBSCRIBED done.
 * `requests` starts empty after that.
 */
async function start(options: Parameters<typeof startMockBackend>[0] = {}, beforeRequests: () => void = () => {}) {
  backend = startMockBackend(options);
  beforeRequests();
  requests = [];
  backend.server.events.on('request:start', ({ request }) => {
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
  });
  client = new QueryClient();
  const list = new QueryObserver(client, projectTasksQuery('proj_01'));
  list.subscribe(() => {});
  statuses = [];
  disconnect = connectTaskUpdates(client, (status) => statuses.push(status));
  await vi.waitFor(() => expect(statuses).toEqual(['connecting', 'live']));
  await vi.waitFor(() => expect(list.getCurrentResult().status).toBe('success'));
  await vi.waitFor(() => expect(client.isFetching()).toBe(0));
  requests.length = 0;
  return list;
}

const cachedList = () => client.getQueryData(projectTasksQuery('proj_01').queryKey)!;
const cachedTask = (id: string) => cachedList().find((task) => task.id === id);
const serverList = () => backend.db.list('tasks').filter((task) => task.projectId === 'proj_01');
const byId = (tasks: Task[]) => [...tasks].sort((a, b) => a.id.localeCompare(b.id));

describe('socket pushes into the query cache', () => {
  it('writes a task Sam changed straight into the cached list, without a request', async () => {
    await start();
    backend.secondUser.editNow({ entity: 'tasks', id: 'task_367' });
    const theirs = backend.db.get('tasks', 'task_367')!;
    await vi.waitFor(() => expect(cachedTask('task_367')).toEqual(theirs));
    expect(theirs.version).toBe(6);
    expect(requests).toEqual([]);
  });

  it('keeps up with Sam on his schedule (manual clock): after each edit, the cache matches the server', async () => {
    const clock = createManualClock();
    await start({ clock, secondUser: { enabled: true, ratePerSecond: 0.5, projectId: 'proj_01' } });
    const versions = () => serverList().reduce((sum, task) => sum + task.version, 0);
    const initial = versions();
    for (let edit = 1; edit <= 5; edit++) {
      clock.advance(2000);
      await vi.waitFor(() => expect(byId(cachedList())).toEqual(byId(serverList())));
    }
    expect(versions()).toBeGreaterThan(initial + 2);
    expect(requests).toEqual([]);
  });

  it('refetches the project’s list when a task is created, since only the server knows where it goes', async () => {
    await start();
    const response = await fetch(`${API_BASE_URL}/tasks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ projectId: 'proj_01', title: 'Write the release notes' }),
    });
    const created = (await response.json()) as Task;
    await vi.waitFor(() => expect(cachedTask(created.id)).toEqual(created));
    expect(requests).toEqual(['POST /tasks', 'GET /tasks']);
  });

  it('removes a deleted task from every cached list', async () => {
    await start();
    await fetch(`${API_BASE_URL}/tasks/task_367`, { method: 'DELETE' });
    await vi.waitFor(() => expect(cachedTask('task_367')).toBeUndefined());
    expect(cachedList()).toHaveLength(18);
    expect(requests).toEqual(['DELETE /tasks/task_367']);
  });

  it('applies a change made after the list’s first answer and before SUBSCRIBED', async () => {
    let changed: Task | undefined;
    // The moment the first GET /tasks has its answer, Sam edits a task of the list.
    await start({}, () =>
      backend.server.events.on('response:mocked', ({ request }) => {
        if (changed || request.method !== 'GET') return;
        backend.secondUser.editNow({ entity: 'tasks', id: 'task_017' });
        changed = backend.db.get('tasks', 'task_017');
      }),
    );
    expect(changed).toBeDefined();
    await vi.waitFor(() => expect(cachedTask('task_017')).toEqual(changed));
  });

  it('applies pushes that arrive while the list loads, by version: a late, older frame changes nothing', async () => {
    // The list answers after 300 ms; the socket is subscribed long before.
    backend = startMockBackend({ faults: { latency: 300 } });
    client = new QueryClient();
    statuses = [];
    disconnect = connectTaskUpdates(client, (status) => statuses.push(status));
    await vi.waitFor(() => expect(statuses).toEqual(['connecting', 'live']));
    const list = new QueryObserver(client, projectTasksQuery('proj_01'));
    list.subscribe(() => {});
    backend.faults.set({ reorderFrames: 1 });
    backend.secondUser.editNow({ entity: 'tasks', id: 'task_017' });
    backend.secondUser.editNow({ entity: 'tasks', id: 'task_017' });
    const latest = backend.db.get('tasks', 'task_017')!;

    await vi.waitFor(() => expect(list.getCurrentResult().status).toBe('success'));
    expect(cachedTask('task_017')).toEqual(latest);
    await new Promise((resolve) => setTimeout(resolve, 50)); // any held-back frame has arrived
    expect(cachedTask('task_017')).toEqual(latest);
  });

  it('reconnects after the socket drops, and refetches what it may have missed meanwhile', async () => {
    await start();
    backend.faults.dropSockets();
    await vi.waitFor(() => expect(statuses.at(-1)).toBe('reconnecting'));
    // A change nobody hears about: the socket is down.
    backend.secondUser.editNow({ entity: 'tasks', id: 'task_017' });
    const missed = backend.db.get('tasks', 'task_017')!;

    await vi.waitFor(() => expect(statuses.at(-1)).toBe('live'), { timeout: 3000 });
    await vi.waitFor(() => expect(cachedTask('task_017')).toEqual(missed));
    expect(requests).toEqual(['GET /tasks']);
  });

  it('closes for good when disconnected: no reconnect', async () => {
    await start();
    disconnect();
    await vi.waitFor(() => expect(backend.state().connectedSockets).toBe(0));
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(statuses).toEqual(['connecting', 'live']);
  });
});

describe('withPushedTask', () => {
  const list = (): Task[] => [
    { id: 'task_1', version: 3, title: 'Fix login form' },
    { id: 'task_2', version: 1, title: 'Add retry logic' },
  ] as Task[];

  it('replaces the task by a newer version, keeping the other tasks as they were', () => {
    const tasks = list();
    const next = withPushedTask(tasks, { id: 'task_1', version: 4, title: 'Fix the login form' } as Task)!;
    expect(next.map((task) => task.title)).toEqual(['Fix the login form', 'Add retry logic']);
    expect(next[1]).toBe(tasks[1]);
  });

  it('ignores a duplicate or late frame, and a task the list does not have', () => {
    const tasks = list();
    expect(withPushedTask(tasks, { id: 'task_1', version: 3 } as Task)).toBe(tasks);
    expect(withPushedTask(tasks, { id: 'task_1', version: 2 } as Task)).toBe(tasks);
    expect(withPushedTask(tasks, { id: 'task_9', version: 1 } as Task)).toBe(tasks);
    expect(withPushedTask(undefined, { id: 'task_1', version: 9 } as Task)).toBeUndefined();
  });
});

describe('keepNewerTasks (the list query’s structural sharing)', () => {
  const task = (id: string, version: number, title: string) => ({ id, version, title }) as Task;

  it('keeps a pushed task newer than the answer, and takes the answer for the rest', () => {
    const cached = [task('task_1', 5, 'pushed'), task('task_2', 1, 'old')];
    const fetched = [task('task_1', 4, 'older answer'), task('task_2', 2, 'newer answer'), task('task_3', 1, 'new')];
    expect(keepNewerTasks(cached, fetched).map((t) => t.title)).toEqual(['pushed', 'newer answer', 'new']);
    expect(keepNewerTasks(undefined, fetched)).toEqual(fetched);
  });

  it('is what a refetch goes through: an answer older than a push does not overwrite it', async () => {
    backend = startMockBackend();
    client = new QueryClient();
    const { queryKey } = projectTasksQuery('proj_01');
    await client.query(projectTasksQuery('proj_01'));
    const [first] = client.getQueryData(queryKey)!;
    client.setQueryData(queryKey, (tasks) => withPushedTask(tasks, { ...first!, title: 'Pushed', version: first!.version + 1 }));
    await client.refetchQueries({ queryKey });
    expect(cachedTask(first!.id)).toMatchObject({ title: 'Pushed', version: first!.version + 1 });
  });
});

describe('newestFirst', () => {
  it('orders by last change, newest first', () => {
    const tasks = [
      { id: 'a', updatedAt: '2026-01-01T00:00:00.000Z' },
      { id: 'b', updatedAt: '2026-03-01T00:00:00.000Z' },
    ] as Task[];
    expect(newestFirst(tasks).map((task) => task.id)).toEqual(['b', 'a']);
  });
});
