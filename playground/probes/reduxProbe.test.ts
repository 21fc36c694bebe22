import { describe, expect, it, vi } from 'vitest';
import {
  applyMiddleware,
  configureStore,
  createEntityAdapter,
  createSlice,
  legacy_createStore,
  type Middleware,
  type PayloadAction,
} from '@reduxjs/toolkit';
import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query';
import { DiffStore } from './diffStore.ts';
import { instrumentApi, wrapConfigureStore, wrapCreateStore } from './reduxProbe.ts';
import { recordEvents } from './testSupport/recordEvents.ts';

interface Todo {
  id: number;
  title: string;
}

function recorder() {
  const { emit, events, ofSource } = recordEvents();
  const redux = () => ofSource('redux');
  return { emit, events, redux };
}

const adapter = createEntityAdapter<Todo>();
const todosSlice = createSlice({
  name: 'todos',
  initialState: adapter.getInitialState({ filter: 'all' }),
  reducers: {
    added: adapter.addOne,
    renamed(state, action: PayloadAction<{ id: number; title: string }>) {
      const todo = state.entities[action.payload.id];
      if (todo) todo.title = action.payload.title;
    },
    noop(state) {
      return state;
    },
  },
});

describe('Redux probe on configureStore', () => {
  it('reports every action with type, payload, duration, changed keys and a lazy diff; user middleware still runs', () => {
    const { emit, redux } = recorder();
    const diffs = new DiffStore();
    const seenByUser: string[] = [];
    const userMiddleware: Middleware = () => (next) => (action) => {
      seenByUser.push((action as { type: string }).type);
      return next(action);
    };
    const probedConfigureStore = wrapConfigureStore(configureStore, emit, { diffs });
    const store = probedConfigureStore({
      reducer: { todos: todosSlice.reducer, session: (s: { user: string } = { user: 'ada' }) => s },
      middleware: (gDM) => gDM().concat(userMiddleware),
    });

    store.dispatch(todosSlice.actions.added({ id: 1, title: 'Buy milk' }));
    store.dispatch(todosSlice.actions.renamed({ id: 1, title: 'Buy oat milk' }));
    store.dispatch(todosSlice.actions.noop());

    expect(seenByUser).toEqual(['todos/added', 'todos/renamed', 'todos/noop']);
    const [init, added, renamed, noop] = redux();
    expect(init).toMatchObject({ kind: 'init', label: expect.stringMatching(/^store#\d+ created$/), changedPaths: ['todos', 'session'] });
    expect(added).toMatchObject({
      kind: 'dispatch',
      label: 'todos/added',
      data: { type: 'todos/added', payload: { id: 1, title: 'Buy milk' } },
      changedPaths: ['todos'],
      meta: { actionType: 'todos/added', store: init!.meta!.store },
    });
    expect(added!.duration).toBeGreaterThanOrEqual(0);
    expect(renamed!.changedPaths).toEqual(['todos']);
    expect(noop).toMatchObject({ label: 'todos/noop (no state change)', changedPaths: [] });
    expect(noop!.diffId).toBeUndefined();

    // The diff is computed only now, on request.
    expect(diffs.compute(renamed!.diffId!)?.entries).toEqual([
      { path: ['todos', 'entities', '1', 'title'], kind: 'changed', before: 'Buy milk', after: 'Buy oat milk' },
    ]);
    expect(diffs.compute(added!.diffId!)?.entries).toEqual([
      { path: ['todos', 'ids', '0'], kind: 'added', after: 1 },
      { path: ['todos', 'entities', '1'], kind: 'added', after: { id: 1, title: 'Buy milk' } },
    ]);
  });

  it('measures the slices an action changed (size, entity places) and every slice at init', () => {
    const { emit, redux } = recorder();
    const store = wrapConfigureStore(configureStore, emit)({
      reducer: { todos: todosSlice.reducer, session: (s: { user: string } = { user: 'ada' }) => s },
    });
    store.dispatch(todosSlice.actions.added({ id: 1, title: 'Buy milk' }));
    const [init, added] = redux();
    expect(Object.keys(init!.meta!.slices!)).toEqual(['todos', 'session']);
    expect(Object.keys(added!.meta!.slices!)).toEqual(['todos']);
    expect(added!.meta!.slices!.todos).toEqual({
      bytes: JSON.stringify(store.getState().todos).length,
      entities: [{ path: 'todos.entities.{}', shape: 'id,title', ids: [1] }],
    });
  });

  it('measures a large slice at most every 250 ms, catching up at the next dispatch', () => {
    const { emit, redux } = recorder();
    let clock = 0;
    const store = wrapConfigureStore(configureStore, emit, { now: () => clock })({
      reducer: { todos: todosSlice.reducer, session: (s: { n: number } = { n: 0 }, a: { type: string }) => (a.type === 'tick' ? { n: s.n + 1 } : s) },
    });
    for (let id = 1; id <= 60; id++) store.dispatch(todosSlice.actions.added({ id, title: `Task number ${id}` }));
    clock = 100;
    store.dispatch(todosSlice.actions.renamed({ id: 1, title: 'Renamed' }));
    clock = 400;
    store.dispatch({ type: 'tick' });
    const events = redux();
    const renamed = events.at(-2)!;
    const tick = events.at(-1)!;
    expect(renamed.meta!.slices).toBeUndefined();
    expect(Object.keys(tick.meta!.slices!)).toEqual(['todos', 'session']);
    expect(tick.meta!.slices!.todos!.bytes).toBe(JSON.stringify(store.getState().todos).length);
  });

  it('reports the plain actions a thunk dispatches, not the thunk itself', async () => {
    const { emit, redux } = recorder();
    const store = wrapConfigureStore(configureStore, emit)({ reducer: { todos: todosSlice.reducer } });
    await store.dispatch(async (dispatch) => {
      dispatch(todosSlice.actions.added({ id: 7, title: 'from a thunk' }));
    });
    expect(redux().map((e) => e.label)).toEqual([expect.stringContaining('created'), 'todos/added']);
  });

  it('reports a reducer that throws and rethrows its error', () => {
    const { emit, redux } = recorder();
    const store = wrapConfigureStore(configureStore, emit)({
      reducer: (state: number = 0, action: { type: string }) => {
        if (action.type === 'explode') throw new Error('kaboom');
        return state;
      },
    });
    expect(() => store.dispatch({ type: 'explode' })).toThrow('kaboom');
    expect(redux().at(-1)).toMatchObject({ label: 'explode (reducer threw)', meta: { error: { $type: 'error', message: 'kaboom' } } });
  });
});

describe('Redux probe on a plain createStore', () => {
  it('observes legacy_createStore with the user enhancer composed outside the probe', () => {
    const { emit, redux } = recorder();
    const diffs = new DiffStore();
    const seenByUser: string[] = [];
    const userMiddleware: Middleware = () => (next) => (action) => {
      seenByUser.push((action as { type: string }).type);
      return next(action);
    };
    const counter = (state = { count: 0 }, action: { type: string }) =>
      action.type === 'inc' ? { count: state.count + 1 } : state;
    const createStore = wrapCreateStore(legacy_createStore, emit, { diffs });
    const store = createStore(counter, applyMiddleware(userMiddleware));
    store.dispatch({ type: 'inc' });
    store.dispatch({ type: 'inc' });
    expect(store.getState()).toEqual({ count: 2 });
    expect(seenByUser).toEqual(['inc', 'inc']);
    const events = redux();
    expect(events.map((e) => e.kind)).toEqual(['init', 'dispatch', 'dispatch']);
    expect(events[2]!.changedPaths).toEqual(['count']);
    expect(diffs.compute(events[2]!.diffId!)?.entries).toEqual([{ path: ['count'], kind: 'changed', before: 1, after: 2 }]);
  });

  it('accepts a preloaded state', () => {
    const { emit, redux } = recorder();
    const createStore = wrapCreateStore(legacy_createStore, emit);
    const store = createStore((s: { n: number } = { n: 0 }) => s, { n: 5 });
    expect(store.getState()).toEqual({ n: 5 });
    expect(redux()[0]).toMatchObject({ kind: 'init', changedPaths: ['n'] });
  });
});

describe('Redux probe with RTK Query', () => {
  function setup() {
    const { emit, redux } = recorder();
    const diffs = new DiffStore();
    let serverTodos: Todo[] = [{ id: 1, title: 'Write docs' }];
    const requests: string[] = [];
    const fetchFn = async (input: RequestInfo | URL): Promise<Response> => {
      const request = input as Request;
      requests.push(`${request.method} ${new URL(request.url).pathname}`);
      if (request.method === 'GET') return Response.json(serverTodos);
      return Response.json({ message: 'server exploded' }, { status: 500 });
    };
    const api = instrumentApi(
      createApi({
        baseQuery: fetchBaseQuery({ baseUrl: 'http://api.test', fetchFn }),
        tagTypes: ['Todo'],
        endpoints: (build) => ({
          getTodos: build.query<Todo[], void>({ query: () => '/todos', providesTags: ['Todo'] }),
          addTodo: build.mutation<Todo, Todo>({
            query: (todo) => ({ url: '/todos', method: 'POST', body: todo }),
            async onQueryStarted(todo, { dispatch, queryFulfilled }): Promise<void> {
              const patch = dispatch(
                api.util.updateQueryData('getTodos', undefined, (draft: Todo[]) => {
                  draft.push(todo);
                }),
              );
              try {
                await queryFulfilled;
              } catch {
                patch.undo();
              }
            },
          }),
        }),
      }),
    );
    const store = wrapConfigureStore(configureStore, emit, { diffs })({
      reducer: { [api.reducerPath]: api.reducer },
      middleware: (gDM) => gDM().concat(api.middleware),
    });
    return { api, store, redux, diffs, requests, setServerTodos: (t: Todo[]) => (serverTodos = t) };
  }

  it('makes query actions recognisable: endpoint, args, request status, tags', async () => {
    const { api, store, redux } = setup();
    const sub = store.dispatch(api.endpoints.getTodos.initiate());
    await sub;
    sub.unsubscribe();
    const query = redux().filter((e) => e.meta?.rtkQuery?.endpoint === 'getTodos');
    expect(query.map((e) => e.meta!.rtkQuery!.status)).toEqual(['pending', 'fulfilled']);
    expect(query[0]).toMatchObject({
      label: 'api/executeQuery/pending · getTodos()',
      meta: { rtkQuery: { type: 'query', queryCacheKey: 'getTodos(undefined)', args: { $type: 'undefined' } } },
    });
    expect(query[1]!.data).toMatchObject({ payload: [{ id: 1, title: 'Write docs' }] });
    expect(query[1]!.changedPaths).toEqual(['api']);
    expect(query[1]!.meta!.rtkQuery!.tags).toEqual([{ type: 'Todo' }]);
  });

  it('shows an optimistic updateQueryData patch, the failed request (500) and the undo, in order', async () => {
    const { api, store, redux, diffs, requests } = setup();
    const sub = store.dispatch(api.endpoints.getTodos.initiate());
    await sub;
    await store.dispatch(api.endpoints.addTodo.initiate({ id: 2, title: 'Ship it' }));
    await vi.waitFor(() => expect(redux().some((e) => e.meta?.rtkQuery?.patch === 'undo')).toBe(true));
    sub.unsubscribe();

    expect(requests).toEqual(['GET /todos', 'POST /todos']);
    const mutationFlow = redux().filter(
      (e) => e.meta?.rtkQuery?.endpoint === 'addTodo' || e.meta?.rtkQuery?.patch !== undefined,
    );
    expect(mutationFlow.map((e) => e.label)).toEqual([
      'api/executeMutation/pending · addTodo({ id: 2, title: "Ship it" })',
      'api/queries/queryResultPatched · getTodos [update]',
      'api/executeMutation/rejected · addTodo({ id: 2, title: "Ship it" })',
      'api/queries/queryResultPatched · getTodos [undo]',
    ]);
    const [, update, rejected, undo] = mutationFlow;
    expect(rejected!.data).toMatchObject({ payload: { status: 500, data: { message: 'server exploded' } } });
    expect(diffs.compute(update!.diffId!)?.entries).toEqual([
      { path: ['api', 'queries', 'getTodos(undefined)', 'data', '1'], kind: 'added', after: { id: 2, title: 'Ship it' } },
    ]);
    expect(diffs.compute(undo!.diffId!)?.entries).toEqual([
      { path: ['api', 'queries', 'getTodos(undefined)', 'data', '1'], kind: 'removed', before: { id: 2, title: 'Ship it' } },
    ]);
    expect(api.endpoints.getTodos.select()(store.getState()).data).toEqual([{ id: 1, title: 'Write docs' }]);
  });
});
