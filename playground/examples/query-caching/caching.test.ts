import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  environmentManager,
  focusManager,
  QueryClient,
  QueryObserver,
  timeoutManager,
  type QueryKey,
  type QueryObserverOptions,
} from '@tanstack/react-query';
import { createManualClock, startMockBackend, type ManualClock, type MockBackend } from '@/mocks/node';
import { HttpError } from './api';
import { currentUserQuery, projectListQuery, projectTasksQuery, taskDetailQuery, taskKeys, userKeys } from './queries';

let backend: MockBackend;
let client: QueryClient;
let requests: string[];

// TanStack Query's own timers (gcTime, retry delays) run on this clock when a test sets one.
let queryTimers: ManualClock | null = null;
timeoutManager.setTimeoutProvider({
  setTimeout: (callback, ms) => (queryTimers ? (queryTimers.setTimeout(callback, ms) as number) : setTimeout(callback, ms)),
  clearTimeout: (id) => (queryTimers ? queryTimers.clearTimeout(id) : clearTimeout(id as number)),
  setInterval: (callback, ms) => setInterval(callback, ms),
  clearInterval: (id) => clearInterval(id as number),
});

beforeAll(() => environmentManager.setIsServer(() => false)); // behave as in the browser
afterAll(() => environmentManager.setIsServer(() => true));

function start(options: Parameters<typeof startMockBackend>[0] = {}) {
  backend = startMockBackend(options);
  requests = [];
  backend.server.events.on('request:start', ({ request }) => {
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
  });
  client = new QueryClient();
  client.mount();
}

afterEach(() => {
  client.clear();
  client.unmount();
  backend.stop();
  queryTimers = null;
  vi.useRealTimers();
});

/** A component using the query: subscribes an observer, the way useQuery does on mount. */
function mount<TData, TKey extends QueryKey>(options: QueryObserverOptions<TData, Error, TData, TData, TKey>) {
  const observer = new QueryObserver(client, options);
  const unmount = observer.subscribe(() => {});
  return { observer, unmount, result: () => observer.getCurrentResult() };
}

/** Moves the clock that decides staleness (`dataUpdatedAt` against `Date.now()`). */
function later(ms: number) {
  vi.setSystemTime(Date.now() + ms);
}

describe('query keys', () => {
  it('nest, so a prefix reaches a whole family and nothing else', async () => {
    start();
    expect(taskKeys.list('proj_01')).toEqual(['tasks', 'list', { projectId: 'proj_01' }]);
    expect(taskKeys.detail('task_017')).toEqual(['tasks', 'detail', 'task_017']);

    await client.query(projectTasksQuery('proj_01'));
    await client.query(taskDetailQuery('task_017'));
    await client.invalidateQueries({ queryKey: taskKeys.lists() });
    expect(client.getQueryState(taskKeys.list('proj_01'))?.isInvalidated).toBe(true);
    expect(client.getQueryState(taskKeys.detail('task_017'))?.isInvalidated).toBe(false);
  });
});

describe('stale-while-revalidate', () => {
  it('shows a cached list at once; once stale it still shows it, and refetches in the background', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    start();
    const first = mount(projectTasksQuery('proj_20'));
    expect(first.result().status).toBe('pending');
    await vi.waitFor(() => expect(first.result().status).toBe('success'));
    const cached = first.result().data;
    first.unmount();

    later(5_000); // fresh: served from the cache, no request
    const fresh = mount(projectTasksQuery('proj_20'));
    expect(fresh.result()).toMatchObject({ status: 'success', isStale: false, fetchStatus: 'idle', data: cached });
    fresh.unmount();
    expect(requests).toEqual(['GET /tasks']);

    later(6_000); // 11 s old: stale. Shown at once all the same, while a refetch runs behind it.
    const stale = mount(projectTasksQuery('proj_20'));
    expect(stale.result()).toMatchObject({ status: 'success', isStale: true, fetchStatus: 'fetching', data: cached });
    await vi.waitFor(() => expect(stale.result().fetchStatus).toBe('idle'));
    expect(requests).toEqual(['GET /tasks', 'GET /tasks']);
    // Nothing changed on the server: structural sharing keeps the very same array.
    expect(stale.result().data).toBe(cached);
    stale.unmount();
  });

  it('drops a list 30 s after the last component using it unmounts (gcTime); the next visit starts from scratch', async () => {
    start();
    queryTimers = createManualClock();
    const visit = mount(projectTasksQuery('proj_20'));
    await vi.waitFor(() => expect(visit.result().status).toBe('success'));
    visit.unmount();

    queryTimers.advance(29_999);
    expect(client.getQueryData(taskKeys.list('proj_20'))).toHaveLength(23);
    queryTimers.advance(1);
    expect(client.getQueryCache().find({ queryKey: taskKeys.list('proj_20') })).toBeUndefined();

    const again = mount(projectTasksQuery('proj_20'));
    expect(again.result()).toMatchObject({ status: 'pending', data: undefined });
    again.unmount();
  });
});

describe('cache-first and network-first', () => {
  it('cache-first (staleTime: Infinity): never refetched by age, refetched when invalidated', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    start();
    const list = mount(projectListQuery());
    await vi.waitFor(() => expect(list.result().status).toBe('success'));
    list.unmount();
    later(24 * 3600_000);
    const dayLater = mount(projectListQuery());
    expect(dayLater.result()).toMatchObject({ isStale: false, fetchStatus: 'idle' });
    expect(requests).toEqual(['GET /projects']);

    await client.invalidateQueries({ queryKey: projectListQuery().queryKey });
    expect(requests).toEqual(['GET /projects', 'GET /projects']);
    dayLater.unmount();
  });

  it("'static': not refetched even when invalidated", async () => {
    start();
    const me = mount(currentUserQuery());
    await vi.waitFor(() => expect(me.result().data?.name).toBe('Alex Morgan'));
    await client.invalidateQueries({ queryKey: userKeys.me() });
    await client.refetchQueries({ queryKey: userKeys.me() });
    expect(requests).toEqual(['GET /me']);
    me.unmount();
  });

  it('network-first: asks the server on every mount however fresh the copy, and waits for the answer', async () => {
    start();
    const first = mount(taskDetailQuery('task_017'));
    await vi.waitFor(() => expect(first.result().isFetchedAfterMount).toBe(true));
    first.unmount();

    const second = mount(taskDetailQuery('task_017'));
    // The cached copy is there and fresh, but the panel shows "Checking with the server…" until the answer.
    expect(second.result()).toMatchObject({ isStale: false, isFetchedAfterMount: false, fetchStatus: 'fetching' });
    expect(second.result().data?.title).toBe('Design conflict dialog');
    await vi.waitFor(() => expect(second.result().isFetchedAfterMount).toBe(true));
    expect(requests).toEqual(['GET /tasks/task_017', 'GET /tasks/task_017']);

    // Within its minute of freshness, focusing the window again does not refetch.
    focusManager.setFocused(false);
    focusManager.setFocused(true);
    focusManager.setFocused(undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requests).toHaveLength(2);
    second.unmount();
  });

  it('network-first falls back to the cached copy, with the error, when the server cannot be reached', async () => {
    start();
    queryTimers = createManualClock();
    const first = mount(taskDetailQuery('task_017'));
    await vi.waitFor(() => expect(first.result().isFetchedAfterMount).toBe(true));
    first.unmount();

    backend.faults.set({ offline: true });
    const offline = mount(taskDetailQuery('task_017'));
    // Three retries, 1 s, 2 s and 4 s apart (the default), then the error.
    await vi.waitFor(() => {
      queryTimers!.advance(1000);
      expect(offline.result().status).toBe('error');
    });
    expect(offline.result()).toMatchObject({ isFetchedAfterMount: true, failureCount: 4, data: { id: 'task_017' } });
    offline.unmount();
  });

  it('reports a missing task as an HttpError with its status', async () => {
    start();
    await expect(client.query(taskDetailQuery('task_999'))).rejects.toEqual(new HttpError(404, 'No task with id "task_999"'));
  });
});
