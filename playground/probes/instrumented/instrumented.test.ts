/**
 * The instrumented vendor modules used exactly as the reader's code would use the real ones,
 * reporting through the sandbox's bus singleton to a transport, as validated protocol messages.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bus } from '../bus.ts';
import { isSandboxMessage, type SandboxMessage } from '../../protocol/messages.ts';
import type { TimelineEvent } from '../../protocol/events.ts';
import { configureStore, createSlice } from './reduxToolkit.ts';
import { QueryClient, QueryObserver } from './reactQuery.ts';
import { atom, createStore as createJotaiStore } from './jotai.ts';
import { createStore as createZustandStore } from './zustandVanilla.ts';
import { proxy } from './valtioVanilla.ts';
import { makeAutoObservable } from './mobx.ts';
import { devtools } from 'zustand/middleware';
import { INSTRUMENTED_SPECIFIERS } from './specifiers.ts';
import { startProbes } from './setup.ts';

const posted: SandboxMessage[] = [];
const events = (): TimelineEvent[] => posted.flatMap((m) => (m.type === 'events' ? m.events : []));

beforeAll(() => bus.connect((m) => posted.push(structuredClone(m))));
afterAll(() => bus.disconnect());

describe('instrumented vendor modules', () => {
  it('report ordinary library usage through the bus as valid protocol messages', async () => {
    const counter = createSlice({
      name: 'counter',
      initialState: { value: 0 },
      reducers: { incremented: (s) => void (s.value += 1) },
    });
    const store = configureStore({ reducer: { counter: counter.reducer } });
    store.dispatch(counter.actions.incremented());

    const client = new QueryClient();
    const observer = new QueryObserver(client, { queryKey: ['greeting'], queryFn: async () => 'hello' });
    const unsubscribe = observer.subscribe(() => {});
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toBe('hello'));
    unsubscribe();
    client.clear();

    const countAtom = atom(1);
    countAtom.debugLabel = 'count';
    createJotaiStore().set(countAtom, 2);

    const bears = createZustandStore<{ n: number; add: () => void }>()(
      devtools((set) => ({
        n: 0,
        add: () => set((s) => ({ n: s.n + 1 }), undefined, 'bears/add'),
      })),
    );
    bears.getState().add();

    const state = proxy({ todos: [{ title: 'a' }] });
    state.todos[0]!.title = 'b';

    const counterStore = makeAutoObservable({
      count: 0,
      increment() {
        this.count += 1;
      },
    });
    counterStore.increment();

    bus.flush();
    expect(posted.every(isSandboxMessage)).toBe(true);
    const labels = events().map((e) => `${e.source}: ${e.label}`);
    expect(labels).toEqual(
      expect.arrayContaining([
        'redux: counter/incremented',
        'query: ["greeting"] · success',
        'atom: count = 2',
        expect.stringMatching(/^store: zustand#\d+ · bears\/add \(n\)$/),
        expect.stringMatching(/^store: valtio#\d+ · todos\.0\.title = "b"$/),
        expect.stringMatching(/^store: ObservableObject@\d+ · increment \(count\)$/),
      ]),
    );
    const dispatch = events().find((e) => e.label === 'counter/incremented')!;
    bus.handleControl({ statelab: 1, type: 'request-diff', diffId: dispatch.diffId! });
    expect(posted.at(-1)).toMatchObject({
      type: 'diff',
      entries: [{ path: ['counter', 'value'], kind: 'changed', before: 0, after: 1 }],
    });
  });

  it('map every vendor specifier to an existing module', async () => {
    for (const path of Object.values(INSTRUMENTED_SPECIFIERS)) {
      await expect(import(/* @vite-ignore */ new URL(path, import.meta.url).href)).resolves.toBeTypeOf('object');
    }
  });
});

describe('startProbes', () => {
  it('accepts controls only from allowed origins and observes storage writes on the given global', () => {
    class Storage {
      #m = new Map<string, string>();
      getItem(k: string) {
        return this.#m.get(k) ?? null;
      }
      setItem(k: string, v: string) {
        this.#m.set(k, v);
      }
      removeItem(k: string) {
        this.#m.delete(k);
      }
      clear() {
        this.#m.clear();
      }
      get length() {
        return this.#m.size;
      }
    }
    const global = { Storage, localStorage: new Storage() };
    const listeners: ((e: MessageEvent) => void)[] = [];
    const win = {
      addEventListener: (_: 'message', l: (e: MessageEvent) => void) => listeners.push(l),
      removeEventListener: (_: 'message', l: (e: MessageEvent) => void) => listeners.splice(listeners.indexOf(l), 1),
    };
    const faults: unknown[] = [];
    const off = bus.onControl((m) => m.type === 'faults' && faults.push(m.faults));
    const stop = startProbes({ global, controls: { window: win, allowedOrigins: ['https://docs.statelab.test'] } });

    const send = (origin: string, data: unknown) => listeners.forEach((l) => l({ origin, data } as MessageEvent));
    send('https://evil.test', { statelab: 1, type: 'faults', faults: { offline: true } });
    send('https://docs.statelab.test', { statelab: 1, type: 'faults', faults: { latencyMs: 500 } });
    global.localStorage.setItem('theme', '"dark"');
    bus.flush();

    expect(faults).toEqual([{ latencyMs: 500 }]);
    expect(events().at(-1)).toMatchObject({ source: 'storage', label: 'localStorage.setItem("theme", 6 B)', data: 'dark' });
    stop();
    off();
    expect(listeners).toHaveLength(0);
    global.localStorage.setItem('theme', '"light"');
    bus.flush();
    expect(events().at(-1)!.label).toBe('localStorage.setItem("theme", 6 B)');
    expect(events().filter((e) => e.source === 'storage')).toHaveLength(1);
  });
});
