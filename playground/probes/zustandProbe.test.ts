import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { devtools, persist, createJSONStorage } from 'zustand/middleware';
import { immer } from 'zustand/middleware/immer';
import { DiffStore } from './diffStore.ts';
import { wrapZustandCreate } from './zustandProbe.ts';
import { recordEvents } from './testSupport/recordEvents.ts';

function recorder() {
  const { emit, events, ofSource } = recordEvents();
  const stores = () => ofSource('store');
  return { emit, stores };
}

interface BearState {
  bears: number;
  fish: number;
  add: () => void;
  eat: () => void;
  reset: () => void;
}

describe('Zustand probe', () => {
  it('reports a devtools-style named action with its changed keys and a lazy diff', () => {
    const { emit, stores } = recorder();
    const diffs = new DiffStore();
    const create = wrapZustandCreate(createStore, emit, { diffs });
    const store = create<BearState>()(
      devtools((set) => ({
        bears: 0,
        fish: 10,
        add: () => set((s) => ({ bears: s.bears + 1 }), undefined, 'bears/add'),
        eat: () => set((s) => ({ fish: s.fish - 1, bears: s.bears })),
        reset: () => set({ bears: 0, fish: 10 }, false, { type: 'bears/reset' }),
      })),
    );

    store.getState().add();
    store.getState().eat();
    store.getState().reset();
    store.setState({ fish: 99 });

    const [init, add, eat, reset, external] = stores();
    expect(init).toMatchObject({ kind: 'store:init', meta: { library: 'zustand' } });
    expect(add).toMatchObject({
      kind: 'store:changed',
      label: expect.stringMatching(/^zustand#\d+ · bears\/add \(bears\)$/),
      changedPaths: ['bears'],
      meta: { action: 'bears/add', actionSource: 'explicit' },
    });
    expect(diffs.compute(add!.diffId!)?.entries).toEqual([{ path: ['bears'], kind: 'changed', before: 0, after: 1 }]);
    expect(eat!.meta).toMatchObject({ action: 'eat', actionSource: 'inferred' });
    expect(eat!.changedPaths).toEqual(['fish']);
    expect(reset!.meta).toMatchObject({ action: 'bears/reset', actionSource: 'explicit' });
    expect(external!.meta).toMatchObject({ action: 'setState', actionSource: 'external' });
    expect(store.getState()).toMatchObject({ bears: 0, fish: 99 });
  });

  it('names an async action’s set before its await, and after it only when the code names it', async () => {
    const { emit, stores } = recorder();
    const create = wrapZustandCreate(createStore, emit);
    const store = create<{ status: string; load: () => Promise<void> }>()(
      devtools((set) => ({
        status: 'idle',
        load: async () => {
          set({ status: 'pending' });
          await Promise.resolve();
          set({ status: 'unnamed' });
          set({ status: 'ready' }, undefined, 'load/fulfilled');
        },
      })),
    );
    await store.getState().load();
    const [, pending, unnamed, named] = stores();
    expect(pending!.meta).toMatchObject({ action: 'load', actionSource: 'inferred' });
    // No store function is on the stack any more: the probe doesn't guess which action this was.
    expect(unnamed!.meta).toMatchObject({ action: 'setState', actionSource: 'external' });
    expect(named!.meta).toMatchObject({ action: 'load/fulfilled', actionSource: 'explicit' });
  });

  it('observes the set that devtools, persist and immer middlewares call through', () => {
    const { emit, stores } = recorder();
    const memory = new Map<string, string>();
    const storage = createJSONStorage(() => ({
      getItem: (k: string) => memory.get(k) ?? null,
      setItem: (k: string, v: string) => void memory.set(k, v),
      removeItem: (k: string) => void memory.delete(k),
    }));
    const create = wrapZustandCreate(createStore, emit);
    const store = create<{ todos: { title: string; done: boolean }[]; toggle: (i: number) => void }>()(
      devtools(
        persist(
          immer((set) => ({
            todos: [{ title: 'a', done: false }],
            toggle: (i) =>
              set(
                (draft) => {
                  draft.todos[i]!.done = !draft.todos[i]!.done;
                },
                undefined,
                'todos/toggle',
              ),
          })),
          { name: 'todos', storage },
        ),
      ),
    );
    store.getState().toggle(0);
    const change = stores().find((e) => e.meta?.action === 'todos/toggle');
    expect(change).toMatchObject({ changedPaths: ['todos'], meta: { actionSource: 'explicit' } });
    expect(JSON.parse(memory.get('todos')!).state.todos[0].done).toBe(true);
  });

  it('wraps the direct (non-curried) form too and keeps actions callable', () => {
    const { emit, stores } = recorder();
    const create = wrapZustandCreate(createStore, emit);
    const store = create<{ n: number; inc: () => void }>((set, get) => ({ n: 0, inc: () => set({ n: get().n + 1 }) }));
    store.getState().inc();
    store.getState().inc();
    expect(store.getState().n).toBe(2);
    expect(stores().filter((e) => e.kind === 'store:changed').map((e) => e.meta!.action)).toEqual(['inc', 'inc']);
  });
});
