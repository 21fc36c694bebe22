import { afterEach, describe, expect, it } from 'vitest';
import type { EventInput, StorageEvent } from '../protocol/events.ts';
import { instrumentStorage } from './storageProbe.ts';
import { markPersisted, setChunkLibraries, storageWriter, withPersistedBy, type ChunkLibraries } from './storageWriter.ts';

const ORIGIN = 'http://127.0.0.1:4322';
const LIBRARIES: ChunkLibraries = {
  '/chunks/middleware-W7T4DCWD.js': { name: 'Zustand persist', persistence: true },
  '/chunks/chunk-4QGT6APQ.js': { name: 'Jotai atomWithStorage', persistence: true },
  '/chunks/reactQueryPersistClient-MTI4BQN7.js': { name: 'TanStack Query persister', persistence: true },
  '/chunks/dist-OPIRW33R.js': { name: 'idb-keyval', persistence: true },
  '/chunks/chunk-SQKIYGO2.js': { name: 'zustand' },
  '/chunks/chunk-PPBAEOX7.js': { name: 'jotai' },
  '/chunks/chunk-22ICCFJ7.js': { name: '@reduxjs/toolkit' },
  '/chunks/react-dom-7L3YKKQE.js': { name: 'react-dom' },
};

/** A V8 stack, innermost first: the probe's own frames (runtime.js), then `frames`. */
const v8 = (...frames: string[]) =>
  ['Error', `    at stackNow (${ORIGIN}/runtime.js:1:100)`, `    at Storage.setItem (${ORIGIN}/runtime.js:1:200)`, ...frames.map((f) => `    at ${f}`)].join('\n');
const chunk = (name: string, fn = 'a') => `${fn} (${ORIGIN}/chunks/${name}:1:4242)`;
const reader = (path: string, line: number, fn = 'save') => `${fn} (${ORIGIN}/__modules__${path}:${line}:9)`;

describe('storage writer', () => {
  it('names the persistence library whose code made the write', () => {
    const zustand = v8(chunk('middleware-W7T4DCWD.js', 'setItem'), chunk('middleware-W7T4DCWD.js'), reader('/settingsStore.ts', 31, 'setTheme'), chunk('react-dom-7L3YKKQE.js'));
    expect(storageWriter(zustand, LIBRARIES)).toEqual({ name: 'Zustand persist' });
    // Jotai's JSON storage, called by the reader's validating storage, called by atomWithStorage.
    const jotai = v8(chunk('chunk-4QGT6APQ.js', 'setItem'), reader('/validatedStorage.ts', 52, 'setItem'), chunk('chunk-4QGT6APQ.js'), chunk('chunk-PPBAEOX7.js'));
    expect(storageWriter(jotai, LIBRARIES)).toEqual({ name: 'Jotai atomWithStorage' });
  });

  it('names the reader’s file and line when their code made the write, whatever library called it', () => {
    const listener = v8(reader('/preferences.ts', 40, 'savePreferences'), `async ${reader('/store.ts', 33, 'effect')}`, chunk('chunk-22ICCFJ7.js'));
    expect(storageWriter(listener, LIBRARIES)).toEqual({ name: 'your code', at: 'preferences.ts:40' });
    // Near miss: a Zustand middleware frame further out (a subscribe listener, or persist's
    // onRehydrateStorage callback keeping a backup) does not make the write persist's.
    const backup = v8(reader('/settingsStore.ts', 52, 'onRehydrateStorage'), chunk('middleware-W7T4DCWD.js', 'hydrate'), reader('/App.tsx', 12, 'useEffect'));
    expect(storageWriter(backup, LIBRARIES)).toEqual({ name: 'your code', at: 'settingsStore.ts:52' });
  });

  it('prefers the persistence library that called a storage library: the persister over idb-keyval', () => {
    const persister = v8(chunk('dist-OPIRW33R.js'), chunk('dist-OPIRW33R.js', 'set'), reader('/idbPersister.ts', 19), chunk('reactQueryPersistClient-MTI4BQN7.js', 'persistQueryClientSave'));
    expect(storageWriter(persister, LIBRARIES)).toEqual({ name: 'TanStack Query persister', via: 'idb-keyval' });
    // idb-keyval writes in a promise callback: often nothing else is on the stack.
    expect(storageWriter(v8(chunk('dist-OPIRW33R.js')), LIBRARIES)).toEqual({ name: 'idb-keyval' });
    // Near miss: a library that is not a persistence one further out is a caller, not the writer.
    expect(storageWriter(v8(chunk('dist-OPIRW33R.js'), chunk('chunk-SQKIYGO2.js')), LIBRARIES)).toEqual({ name: 'idb-keyval' });
  });

  it('names no writer when only the runtime’s frames, or chunks the build did not map, are on the stack', () => {
    expect(storageWriter(v8(`${ORIGIN}/runtime.js:1:5`), LIBRARIES)).toBeUndefined();
    // Near misses: another build's hash of the same chunk name, a path that only contains the
    // reader's mark further in, a frame without a location.
    expect(storageWriter(v8(chunk('middleware-AAAAAAAA.js')), LIBRARIES)).toBeUndefined();
    expect(storageWriter(v8(`f (${ORIGIN}/chunks/x.js?from=/__modules__/App.tsx:1:1)`), LIBRARIES)).toBeUndefined();
    expect(storageWriter(v8('new Promise (<anonymous>)', 'Array.forEach (native)'), LIBRARIES)).toBeUndefined();
    expect(storageWriter(undefined, LIBRARIES)).toBeUndefined();
  });

  it('reads Firefox and Safari stacks too', () => {
    const stack = [`setItem@${ORIGIN}/runtime.js:1:200`, `a@${ORIGIN}/chunks/middleware-W7T4DCWD.js:1:88`, `@${ORIGIN}/__modules__/App.tsx:4:2`].join('\n');
    expect(storageWriter(stack, LIBRARIES)).toEqual({ name: 'Zustand persist' });
    expect(storageWriter(`save@${ORIGIN}/__modules__/src/prefs.ts:7:3`, LIBRARIES)).toEqual({ name: 'your code', at: 'src/prefs.ts:7' });
  });

  it('names the library that handed a value over, with what the stack shows of who wrote it', () => {
    expect(withPersistedBy('TanStack Query persister', { name: 'idb-keyval' })).toEqual({ name: 'TanStack Query persister', via: 'idb-keyval' });
    expect(withPersistedBy('TanStack Query persister', { name: 'your code', at: 'idbPersister.ts:19' })).toEqual({ name: 'TanStack Query persister', at: 'idbPersister.ts:19' });
    expect(withPersistedBy('TanStack Query persister', { name: 'TanStack Query persister', via: 'idb-keyval' })).toEqual({ name: 'TanStack Query persister' });
    expect(withPersistedBy('TanStack Query persister', undefined)).toEqual({ name: 'TanStack Query persister' });
  });
});

describe('storage probe: writers', () => {
  afterEach(() => setChunkLibraries({}));

  /** A function evaluated as if it were in `url` (the runtime gives the reader's modules such URLs too). */
  const fromFile = <A extends unknown[]>(url: string, body: string) => (0, eval)(`(function write(target, a, b) { ${body} })\n//# sourceURL=${url}`) as (...args: A) => void;

  function setup() {
    const events: StorageEvent[] = [];
    const emit = (input: EventInput) => {
      if (input.source === 'storage') events.push(input as StorageEvent);
      return input as never;
    };
    class Storage {
      #items = new Map<string, string>();
      getItem(key: string) {
        return this.#items.get(key) ?? null;
      }
      setItem(key: string, value: string) {
        this.#items.set(key, value);
      }
      removeItem(key: string) {
        this.#items.delete(key);
      }
    }
    class IDBObjectStore {
      name = 'cache';
      transaction = { db: { name: 'statelab-query' } };
      put() {
        return {};
      }
    }
    const restore = instrumentStorage({ Storage, localStorage: new Storage(), IDBObjectStore }, emit);
    return { events, restore, localStorage: new Storage(), store: new IDBObjectStore() };
  }

  it('puts the writer of each write in the row’s meta', () => {
    setChunkLibraries(LIBRARIES);
    const { events, restore, localStorage } = setup();
    fromFile(`${ORIGIN}/chunks/middleware-W7T4DCWD.js`, 'target.setItem(a, b)')(localStorage, 'reader.settings', '{}');
    fromFile(`${ORIGIN}/__modules__/preferences.ts`, '\n\ntarget.removeItem(a)')(localStorage, 'prefs');
    localStorage.setItem('nobody', '1'); // from this test file: no chunk, no reader module
    restore();
    expect(events.map((e) => e.meta?.writer)).toEqual([{ name: 'Zustand persist' }, { name: 'your code', at: 'preferences.ts:3' }, undefined]);
  });

  it('names the persister for a client it handed over, though only idb-keyval is on the stack', () => {
    setChunkLibraries(LIBRARIES);
    const { events, restore, store } = setup();
    const client = { buster: 'v1', timestamp: 1, clientState: { queries: [], mutations: [] } };
    markPersisted(client, 'TanStack Query persister');
    const idbKeyval = fromFile(`${ORIGIN}/chunks/dist-OPIRW33R.js`, 'target.put(a, b)');
    idbKeyval(store, client, 'query-cache');
    idbKeyval(store, { ...client }, 'copy'); // near miss: an equal object it did not hand over
    restore();
    expect(events.map((e) => e.meta?.writer)).toEqual([{ name: 'TanStack Query persister', via: 'idb-keyval' }, { name: 'idb-keyval' }]);
  });
});
