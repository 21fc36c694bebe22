import { afterEach, describe, expect, it, vi } from 'vitest';
import { MutationObserver, QueryClient, QueryObserver } from '@tanstack/react-query';
import { DiffStore } from './diffStore.ts';
import { createInstrumentedQueryClient, getAllQueryCacheTables, getQueryCacheTable } from './queryCacheProbe.ts';
import { recordEvents } from './testSupport/recordEvents.ts';

interface Todo {
  id: number;
  title: string;
}

function recorder() {
  const { emit, events, ofSource } = recordEvents();
  const query = () => ofSource('query');
  return { emit, query };
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function setup() {
  const { emit, query } = recorder();
  const diffs = new DiffStore();
  const Client = createInstrumentedQueryClient(QueryClient, emit, { diffs });
  const client = new Client({ defaultOptions: { queries: { retry: false, gcTime: 60_000 }, mutations: { retry: false } } });
  cleanups.push(() => client.clear());
  let serverTodos: Todo[] = [{ id: 1, title: 'Write docs' }];
  const observer = new QueryObserver<Todo[]>(client, {
    queryKey: ['todos'],
    queryFn: async () => structuredClone(serverTodos),
    staleTime: 5_000,
  });
  return { client, observer, diffs, query, setServer: (t: Todo[]) => (serverTodos = t) };
}

describe('TanStack Query probe', () => {
  it('is a real QueryClient subclass', () => {
    const { client } = setup();
    expect(client).toBeInstanceOf(QueryClient);
    expect(client.constructor.name).toBe('QueryClient');
  });

  it('reports a query being added, observed, fetched and its data (with key, status, staleness and a lazy diff)', async () => {
    const { observer, diffs, query } = setup();
    const unsubscribe = observer.subscribe(() => {});
    cleanups.push(unsubscribe);
    await vi.waitFor(() => expect(observer.getCurrentResult().status).toBe('success'));

    const events = query();
    expect(events.map((e) => `${e.kind}${e.meta?.action ? `:${e.meta.action}` : ''}`)).toEqual([
      'query:added',
      'query:observerAdded',
      'query:updated:fetch',
      'query:updated:success',
    ]);
    const success = events[3]!;
    expect(success.label).toBe('["todos"] · success');
    expect(success.data).toEqual([{ id: 1, title: 'Write docs' }]);
    expect(success.meta).toMatchObject({
      entity: 'query',
      client: expect.stringMatching(/^client#\d+$/),
      queryKey: ['todos'],
      queryHash: '["todos"]',
      status: 'success',
      fetchStatus: 'idle',
      isStale: false,
      staleTime: 5_000,
      gcTime: 60_000,
      observers: 1,
    });
    expect(events[2]!.meta).toMatchObject({ status: 'pending', fetchStatus: 'fetching' });
    expect(diffs.compute(success.diffId!)?.entries).toEqual([
      { path: [], kind: 'changed', before: { $type: 'undefined' }, after: [{ id: 1, title: 'Write docs' }] },
    ]);
  });

  it('shows an optimistic update and its rollback (onMutate → setQueryData, onError → restore, onSettled → invalidate)', async () => {
    const { client, observer, diffs, query } = setup();
    cleanups.push(observer.subscribe(() => {}));
    await vi.waitFor(() => expect(observer.getCurrentResult().status).toBe('success'));
    const before = query().length;

    const mutation = new MutationObserver<Todo, Error, Todo, { previous: Todo[] | undefined }>(client, {
      mutationKey: ['addTodo'],
      mutationFn: async () => {
        throw new Error('server said no');
      },
      onMutate: async (todo) => {
        await client.cancelQueries({ queryKey: ['todos'] });
        const previous = client.getQueryData<Todo[]>(['todos']);
        client.setQueryData<Todo[]>(['todos'], (old = []) => [...old, todo]);
        return { previous };
      },
      onError: (_error, _todo, onMutateResult) => {
        client.setQueryData(['todos'], onMutateResult?.previous);
      },
      onSettled: () => client.invalidateQueries({ queryKey: ['todos'] }),
    });
    await expect(mutation.mutate({ id: 2, title: 'Ship it' })).rejects.toThrow('server said no');
    await vi.waitFor(() => expect(observer.getCurrentResult().fetchStatus).toBe('idle'));

    const flow = query()
      .slice(before)
      .filter((e) => e.kind.endsWith(':updated'))
      .map((e) => `${e.kind}:${e.meta!.action}`);
    expect(flow).toEqual([
      'mutation:updated:pending',
      'query:updated:success', // optimistic setQueryData
      'mutation:updated:pending', // again, now with onMutate's context
      'query:updated:success', // rollback in onError
      'query:updated:invalidate', // onSettled
      'query:updated:fetch',
      'query:updated:success',
      'mutation:updated:error', // TanStack dispatches the error after onError/onSettled settle
    ]);

    const updates = query().slice(before).filter((e) => e.kind === 'query:updated' && e.meta!.action === 'success');
    const [optimistic, rollback] = updates;
    expect(optimistic!.label).toBe('["todos"] · success (setQueryData)');
    expect(optimistic!.meta).toMatchObject({ manual: true });
    expect(optimistic!.changedPaths).toEqual(['1']);
    expect(diffs.compute(optimistic!.diffId!)?.entries).toEqual([{ path: ['1'], kind: 'added', after: { id: 2, title: 'Ship it' } }]);
    expect(diffs.compute(rollback!.diffId!)?.entries).toEqual([{ path: ['1'], kind: 'removed', before: { id: 2, title: 'Ship it' } }]);

    const mutationEvents = query().filter((e) => e.kind.startsWith('mutation:'));
    const failed = mutationEvents.find((e) => e.meta!.action === 'error')!;
    expect(failed.data).toMatchObject({ $type: 'error', message: 'server said no' });
    expect(failed.meta).toMatchObject({
      entity: 'mutation',
      status: 'error',
      mutationKey: ['addTodo'],
      variables: { id: 2, title: 'Ship it' },
      context: { previous: [{ id: 1, title: 'Write docs' }] },
    });
    expect(client.getQueryData(['todos'])).toEqual([{ id: 1, title: 'Write docs' }]);
  });

  it('reports removal and observer changes', async () => {
    const { client, observer, query } = setup();
    const unsubscribe = observer.subscribe(() => {});
    await vi.waitFor(() => expect(observer.getCurrentResult().status).toBe('success'));
    unsubscribe();
    client.removeQueries({ queryKey: ['todos'] });
    const kinds = query().map((e) => e.kind);
    expect(kinds.slice(-2)).toEqual(['query:observerRemoved', 'query:removed']);
    expect(query().at(-2)!.meta).toMatchObject({ observers: 0 });
  });

  it('gives a live cache table with staleness', async () => {
    const { client, observer } = setup();
    cleanups.push(observer.subscribe(() => {}));
    await vi.waitFor(() => expect(observer.getCurrentResult().status).toBe('success'));
    client.setQueryData(['settings'], { theme: 'dark' });
    const rows = getQueryCacheTable(client, 'client#x');
    expect(rows).toHaveLength(2);
    const todos = rows.find((r) => r.queryHash === '["todos"]')!;
    expect(todos).toMatchObject({ status: 'success', fetchStatus: 'idle', isStale: false, staleTime: 5_000, observers: 1 });
    expect(todos.staleAt).toBe(todos.dataUpdatedAt + 5_000);
    const settings = rows.find((r) => r.queryHash === '["settings"]')!;
    expect(settings).toMatchObject({ isStale: true, staleTime: 0, observers: 0 });
    expect(getAllQueryCacheTables().some((r) => r.queryHash === '["settings"]')).toBe(true);
  });
});
