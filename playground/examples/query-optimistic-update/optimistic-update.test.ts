import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { environmentManager, MutationObserver, QueryObserver, timeoutManager, type QueryClient } from '@tanstack/react-query';
import { createManualClock, startMockBackend, type ManualClock, type MockBackend, type Task } from '@/mocks/node';
import { HttpError } from './api';
import { updateTaskMutation, type UpdateTaskVariables } from './mutations';
import { createQueryClient, projectStatsQuery, projectTasksQuery, retryTransientErrors, taskKeys } from './queries';

let backend: MockBackend;
let client: QueryClient;
let requests: string[];
// One manual clock for the server (latency) and for TanStack Query's timers (retry delays).
let clock: ManualClock;
timeoutManager.setTimeoutProvider({
  setTimeout: (callback, ms) => clock.setTimeout(callback, ms) as number,
  clearTimeout: (id) => clock.clearTimeout(id),
  // Nothing polls in this example.
  setInterval: () => {
    throw new Error('unexpected setInterval');
  },
  clearInterval: () => {},
});

beforeAll(() => environmentManager.setIsServer(() => false)); // behave as in the browser
afterAll(() => environmentManager.setIsServer(() => true));

afterEach(() => {
  client.clear();
  backend.stop();
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

/** Runs the manual clock, 50 ms at a time, until `done()`. */
async function runUntil(done: () => boolean): Promise<void> {
  for (let step = 0; step < 2000 && !done(); step++) {
    clock.advance(50);
    await tick();
  }
  if (!done()) throw new Error('still waiting after 100 s of clock time');
}

async function start(latency = 0) {
  clock = createManualClock();
  backend = startMockBackend({ clock, faults: { latency } });
  requests = [];
  backend.server.events.on('request:start', ({ request }) => {
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
  });
  client = createQueryClient();
  const observers = [projectTasksQuery('proj_01'), projectStatsQuery('proj_01'), projectTasksQuery('proj_20')].map(
    (options) => new QueryObserver(client, options as ConstructorParameters<typeof QueryObserver>[1]),
  );
  for (const observer of observers) observer.subscribe(() => {});
  await runUntil(() => observers.every((observer) => observer.getCurrentResult().status === 'success'));
  requests.length = 0;
}

const cachedTask = (id: string) => client.getQueryData(projectTasksQuery('proj_01').queryKey)?.find((task) => task.id === id);

/** Every state of one task in the cached list, as `status vN`, in order. */
function historyOf(taskId: string): string[] {
  const seen: string[] = [];
  client.getQueryCache().subscribe((event) => {
    const task = (event.query.state.data as Task[] | undefined)?.find?.((t) => t.id === taskId);
    const entry = task && `${task.status} v${task.version}`;
    if (entry && seen.at(-1) !== entry) seen.push(entry);
  });
  return seen;
}

/** Starts the mutation the way `useMutation(...).mutate` does; resolves with its outcome. */
function mutate(variables: UpdateTaskVariables) {
  const observer = new MutationObserver(client, updateTaskMutation());
  let outcome: { data?: Task; error?: unknown } | null = null;
  observer.mutate(variables).then(
    (data) => (outcome = { data }),
    (error: unknown) => (outcome = { error }),
  );
  return { observer, outcome: () => outcome };
}

describe('optimistic update of a task', () => {
  it('shows the change before the server answers, then the server’s copy with the new version', async () => {
    await start(300);
    const history = historyOf('task_367');
    const edit = mutate({ task: cachedTask('task_367')!, changes: { status: 'todo' } });
    for (let i = 0; i < 5; i++) await tick();

    expect(requests).toEqual(['PATCH /tasks/task_367']);
    expect(edit.observer.getCurrentResult().isPending).toBe(true);
    expect(history).toEqual(['todo v5']);

    await runUntil(() => edit.outcome() !== null);
    expect(edit.outcome()!.data).toMatchObject({ id: 'task_367', status: 'todo', version: 6 });
    expect(history).toEqual(['todo v5', 'todo v6']);
    expect(backend.db.get('tasks', 'task_367')).toMatchObject({ status: 'todo', version: 6 });
  });

  it('rolls back the optimistic status when the server answers 500, after retrying twice', async () => {
    await start(100);
    backend.faults.set({ errorRate: { 'PATCH /tasks/:id': 1 } });
    const history = historyOf('task_367');
    const edit = mutate({ task: cachedTask('task_367')!, changes: { status: 'todo' } });
    await runUntil(() => edit.outcome() !== null);

    expect(edit.outcome()!.error).toBeInstanceOf(HttpError);
    expect((edit.outcome()!.error as HttpError).status).toBe(500);
    expect(edit.observer.getCurrentResult()).toMatchObject({ status: 'error', failureCount: 3 });
    expect(history).toEqual(['todo v5', 'done v5']);
    // Three attempts, then this project's tasks and stats are refetched (and nothing else).
    expect(requests).toEqual([
      'PATCH /tasks/task_367',
      'PATCH /tasks/task_367',
      'PATCH /tasks/task_367',
      'GET /tasks',
      'GET /projects/proj_01/stats',
    ]);
    expect(backend.db.get('tasks', 'task_367')).toMatchObject({ status: 'done', version: 5 });
  });

  it('does not retry a 409 (someone changed the task first): rolls back, then shows their version', async () => {
    await start(100);
    backend.secondUser.editNow({ entity: 'tasks', id: 'task_367' });
    const theirs = backend.db.get('tasks', 'task_367')!;
    const history = historyOf('task_367');
    const edit = mutate({ task: cachedTask('task_367')!, changes: { status: 'todo' } });
    await runUntil(() => edit.outcome() !== null);

    expect((edit.outcome()!.error as HttpError).status).toBe(409);
    expect(requests.filter((r) => r.startsWith('PATCH'))).toHaveLength(1);
    expect(history).toEqual(['todo v5', 'done v5', `${theirs.status} v6`]);
    expect(cachedTask('task_367')).toEqual(theirs);
  });

  it('queues a second edit behind the first (both shown at once), then refetches this project only, once', async () => {
    await start(200);
    const first = mutate({ task: cachedTask('task_367')!, changes: { status: 'todo' } });
    const second = mutate({ task: cachedTask('task_017')!, changes: { status: 'done' } });
    for (let i = 0; i < 5; i++) await tick();
    expect(cachedTask('task_367')?.status).toBe('todo');
    expect(cachedTask('task_017')?.status).toBe('done');
    expect(requests).toEqual(['PATCH /tasks/task_367']);
    expect(second.observer.getCurrentResult()).toMatchObject({ isPending: true, isPaused: true });

    await runUntil(() => first.outcome() !== null && second.outcome() !== null);
    expect(requests.slice(0, 2)).toEqual(['PATCH /tasks/task_367', 'PATCH /tasks/task_017']);
    expect(requests.slice(2).sort()).toEqual(['GET /projects/proj_01/stats', 'GET /tasks']);
    expect(client.getQueryState(taskKeys.list('proj_20'))?.isInvalidated).toBe(false);
    expect(cachedTask('task_367')).toMatchObject({ status: 'todo', version: 6 });
    expect(cachedTask('task_017')).toMatchObject({ status: 'done', version: 2 });
    expect(client.getQueryData(projectStatsQuery('proj_01').queryKey)?.byStatus.done).toBe(15);
  });

  it('keeps a queued edit on screen when the one before it fails and rolls back', async () => {
    await start(100);
    backend.faults.set({ errorRate: { 'PATCH /tasks/:id': 1 } });
    const failing = mutate({ task: cachedTask('task_367')!, changes: { status: 'todo' } });
    const queued = mutate({ task: cachedTask('task_017')!, changes: { status: 'done' } });
    await runUntil(() => failing.outcome() !== null);
    expect(cachedTask('task_367')?.status).toBe('done');
    expect(cachedTask('task_017')?.status).toBe('done');
    backend.faults.reset();
    await runUntil(() => queued.outcome() !== null);
    expect(cachedTask('task_017')).toMatchObject({ status: 'done', version: 2 });
    expect(requests.filter((r) => r.startsWith('GET')).sort()).toEqual(['GET /projects/proj_01/stats', 'GET /tasks']);
  });
});

describe('retry policy', () => {
  it('retries network failures and 5xx twice, never a 4xx', () => {
    expect(retryTransientErrors(0, new TypeError('fetch failed'))).toBe(true);
    expect(retryTransientErrors(0, new HttpError(500, 'boom'))).toBe(true);
    expect(retryTransientErrors(1, new HttpError(503, 'busy'))).toBe(true);
    expect(retryTransientErrors(2, new HttpError(500, 'boom'))).toBe(false);
    expect(retryTransientErrors(0, new HttpError(404, 'gone'))).toBe(false);
    expect(retryTransientErrors(0, new HttpError(409, 'conflict'))).toBe(false);
  });

  it('asks three times for a list the server fails to give, once for stats of a project that does not exist', async () => {
    await start();
    backend.faults.set({ errorRate: { 'GET /tasks': 1 } });
    const list = new QueryObserver(client, projectTasksQuery('proj_02'));
    const missing = new QueryObserver(client, projectStatsQuery('proj_99'));
    list.subscribe(() => {});
    missing.subscribe(() => {});
    await runUntil(() => list.getCurrentResult().isError && missing.getCurrentResult().isError);

    expect(requests).toEqual(['GET /tasks', 'GET /projects/proj_99/stats', 'GET /tasks', 'GET /tasks']);
    expect(missing.getCurrentResult().error).toMatchObject({ status: 404 });
  });
});
