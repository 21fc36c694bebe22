import { afterEach, describe, expect, it } from 'vitest';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { makeStore, type AppStore } from '../../playground/examples/rtk-query-optimistic/store';
import { tasksApi } from '../../playground/examples/rtk-query-optimistic/tasksApi';

/**
 * The RTK Query guide's exercise "Invalidate the list too" (patterns/redux-toolkit.mdx): the
 * refetched list keeps every task object the cache already had, so no memoized TaskRow
 * renders for the refetch; only a task changed on the server in between gets a new object.
 */
const PROJECT_ID = 'proj_09';
let backend: MockBackend;
let store: AppStore;

afterEach(() => {
  store.dispatch(tasksApi.util.resetApiState());
  backend.stop();
});

const cachedTasks = () => tasksApi.endpoints.getTasks.select(PROJECT_ID)(store.getState()).data!;

async function refetchList() {
  const before = cachedTasks();
  store.dispatch(tasksApi.util.invalidateTags([{ type: 'ProjectTasks', id: PROJECT_ID }]));
  await new Promise((resolve) => setTimeout(resolve, 0)); // the refetch starts after the invalidation's tick
  await Promise.all(store.dispatch(tasksApi.util.getRunningQueriesThunk()));
  return { before, after: cachedTasks() };
}

describe('RTK Query structural sharing in the optimistic-update example', () => {
  it('a refetch after a save keeps every task object, the saved one included', async () => {
    backend = startMockBackend({ faults: { latency: 0 } });
    store = makeStore();
    await store.dispatch(tasksApi.endpoints.getTasks.initiate(PROJECT_ID));
    const task = cachedTasks().find((t) => t.status === 'todo')!;
    await store.dispatch(tasksApi.endpoints.updateTask.initiate({ task, changes: { status: 'done' } })).unwrap();

    const requestsBefore = backend.faults.history().length;
    const { before, after } = await refetchList();
    expect(backend.faults.history().length).toBe(requestsBefore + 1); // the list was fetched again…
    expect(after).toBe(before); // …and nothing in it changed, so even the array is the same
    expect(after.every((t, n) => t === before[n])).toBe(true);
  });

  it('a task changed on the server meanwhile is the only new object', async () => {
    backend = startMockBackend({ faults: { latency: 0 } });
    store = makeStore();
    await store.dispatch(tasksApi.endpoints.getTasks.initiate(PROJECT_ID));
    const edited = cachedTasks()[0];
    backend.secondUser.editNow({ entity: 'tasks', id: edited.id });

    const { before, after } = await refetchList();
    const changed = after.filter((t) => !before.includes(t)).map((t) => t.id);
    expect(changed).toEqual([edited.id]);
  });
});
