import { describe, expect, it } from 'vitest';
import type { EventInput, StorageEvent, TimelineEvent } from '../protocol/events.ts';
import { DiffStore } from './diffStore.ts';
import { instrumentStorage } from './storageProbe.ts';

/** Minimal Web Storage with the browser's shape: methods on `Storage.prototype`. */
class FakeStorage {
  #items = new Map<string, string>();
  get length(): number {
    return this.#items.size;
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  clear(): void {
    this.#items.clear();
  }
}

/** Minimal IDBObjectStore shape: methods on the prototype, name/keyPath/transaction on the instance. */
class FakeObjectStore {
  readonly rows = new Map<unknown, unknown>();
  constructor(
    readonly name: string,
    readonly keyPath: string | null,
    readonly transaction: { db: { name: string } },
  ) {}
  put(value: unknown, key?: unknown) {
    this.rows.set(key ?? (value as Record<string, unknown>)[this.keyPath!], value);
    return { result: key };
  }
  add(value: unknown, key?: unknown) {
    return this.put(value, key); // a nested write: reported once, as the add
  }
  delete(key: unknown) {
    this.rows.delete(key);
    return {};
  }
  clear() {
    this.rows.clear();
    return {};
  }
}

function setup() {
  const events: TimelineEvent[] = [];
  let id = 0;
  const emit = (input: EventInput) => {
    const event = { ...input, id: ++id, time: performance.now() } as TimelineEvent;
    events.push(event);
    return event;
  };
  const Storage = class extends FakeStorage {};
  const IDBObjectStore = class extends FakeObjectStore {};
  const global = { Storage, IDBObjectStore, localStorage: new Storage(), sessionStorage: new Storage() };
  const diffs = new DiffStore();
  const restore = instrumentStorage(global, emit, { diffs });
  const storage = () => events.filter((e): e is StorageEvent => e.source === 'storage');
  return { global, restore, storage, diffs, IDBObjectStore };
}

describe('storage probe', () => {
  it('reports localStorage and sessionStorage writes with key, size, parsed value and a lazy diff', () => {
    const { global, storage, diffs } = setup();
    const first = JSON.stringify({ state: { todos: [{ id: 1, done: false }] }, version: 0 });
    const second = JSON.stringify({ state: { todos: [{ id: 1, done: true }] }, version: 0 });
    global.localStorage.setItem('todos', first);
    global.localStorage.setItem('todos', second);
    global.sessionStorage.setItem('draft', 'hello');
    global.sessionStorage.removeItem('draft');
    global.localStorage.clear();

    const events = storage();
    expect(events.map((e) => e.label)).toEqual([
      `localStorage.setItem("todos", ${first.length} B)`,
      `localStorage.setItem("todos", ${second.length} B)`,
      'sessionStorage.setItem("draft", 5 B)',
      'sessionStorage.removeItem("draft")',
      'localStorage.clear() (1 key)',
    ]);
    expect(events[1]).toMatchObject({
      data: { state: { todos: [{ id: 1, done: true }] }, version: 0 },
      meta: { area: 'localStorage', op: 'setItem', key: 'todos', size: second.length },
    });
    expect(diffs.compute(events[1]!.diffId!)?.entries).toEqual([
      { path: ['state', 'todos', '0', 'done'], kind: 'changed', before: false, after: true },
    ]);
    expect(events[2]!.meta!.area).toBe('sessionStorage');
    expect(global.localStorage.length).toBe(0);
  });

  it('reports a saved value read back as a hydration, and a new schema version written back as a migration', () => {
    const { global, storage } = setup();
    const v1 = JSON.stringify({ state: { fontSize: 16 }, version: 1 });
    const v3 = JSON.stringify({ state: { fontSize: 16, density: 'cozy' }, version: 3 });
    global.localStorage.setItem('settings', v1); // the session before: no read, no migration
    expect(global.localStorage.getItem('missing')).toBeNull();
    expect(global.localStorage.getItem('settings')).toBe(v1);
    expect(global.localStorage.getItem('settings')).toBe(v1); // read again at once: the same hydration
    global.localStorage.setItem('settings', v3);
    global.localStorage.setItem('settings', v3); // already at v3: no second migration
    const rows = storage().filter((event) => event.kind !== 'storage:write');
    expect(rows.map((event) => [event.kind, event.label])).toEqual([
      ['storage:hydrate', `Hydrated from localStorage "settings" (${v1.length} B, version 1)`],
      ['storage:migrate', 'Migrated localStorage "settings" v1→v3'],
    ]);
    expect(rows[1]!.meta).toMatchObject({ area: 'localStorage', key: 'settings', fromVersion: 1, toVersion: 3 });
  });

  it('reports IndexedDB put/add/delete/clear with database, store and key (in-line key paths too)', () => {
    const { storage, IDBObjectStore } = setup();
    const todos = new IDBObjectStore('todos', 'id', { db: { name: 'app' } });
    todos.put({ id: 7, title: 'offline first' });
    todos.add({ title: 'explicit key' }, 'k1');
    todos.delete(7);
    todos.clear();
    expect(storage().map((e) => e.label)).toEqual([
      'indexedDB app.todos.put(7)',
      'indexedDB app.todos.add("k1")',
      'indexedDB app.todos.delete(7)',
      'indexedDB app.todos.clear()',
    ]);
    expect(storage()[0]).toMatchObject({
      data: { id: 7, title: 'offline first' },
      meta: { area: 'indexedDB', op: 'put', database: 'app', objectStore: 'todos', key: 7 },
    });
    expect(todos.rows.size).toBe(0);
  });

  it('marks the runtime’s own storage as internal: MSW’s client registry, the debug logger’s key', () => {
    const { global, storage, IDBObjectStore } = setup();
    // What MSW does at start-up (no reader module on the stack here).
    global.localStorage.removeItem('debug');
    new IDBObjectStore('clients', null, { db: { name: 'msw-websocket-clients' } }).put({ id: 'c1' }, 'c1');
    global.localStorage.setItem('todos', '[]');
    new IDBObjectStore('todos', 'id', { db: { name: 'app' } }).put({ id: 1 });
    expect(storage().map((e) => [e.label, e.internal])).toEqual([
      ['localStorage.removeItem("debug")', 'MSW (debug logger)'],
      ['indexedDB msw-websocket-clients.clients.put("c1")', 'MSW'],
      ['localStorage.setItem("todos", 2 B)', undefined],
      ['indexedDB app.todos.put(1)', undefined],
    ]);
  });

  it('keeps a write to the debug key made by the reader’s code (a reader module on the stack)', () => {
    const { global, storage } = setup();
    // A function evaluated with the runtime's sourceURL for reader modules.
    const readerCode = new Function('storage', 'storage.setItem("debug", "app:*")\n//# sourceURL=http://sandbox.test/__modules__/App.tsx');
    readerCode(global.localStorage);
    expect(storage()[0]).toMatchObject({ label: 'localStorage.setItem("debug", 5 B)' });
    expect(storage()[0]!.internal).toBeUndefined();
  });

  it('restores the original methods', () => {
    const { global, restore, storage } = setup();
    restore();
    global.localStorage.setItem('a', '1');
    expect(storage()).toHaveLength(0);
    expect(global.localStorage.getItem('a')).toBe('1');
  });
});
