/**
 * Storage probe: writes to localStorage / sessionStorage (`Storage.prototype.setItem`,
 * `removeItem`, `clear`) and IndexedDB (`IDBObjectStore.prototype.put`, `add`, `delete`,
 * `clear`), for the persistence guides. It patches the prototypes of the global object it is
 * given (so a fake `Storage` class works in Node) and returns a function restoring them.
 *
 * Reads of saved values are hydration rows, and a value written back with another schema
 * `version` than it was read with is a migration row (`storageHydration.ts`).
 *
 * Each write row names its writer (`meta.writer`): the persistence library, the package or the
 * reader's file and line that made it, from the call stack (`storageWriter.ts`).
 *
 * A Web Storage write keeps the previous and new strings by reference; the diff (JSON-parsed
 * when both look like JSON) is computed only when the page asks for it.
 */
import type { Emit, StorageMeta } from '../protocol/events.ts';
import { preview, serialize } from '../protocol/serialize.ts';
import { PAYLOAD_LIMITS, callStack, guard, type ProbeOptions } from './common.ts';
import { internalStorageOwner } from './internals.ts';
import { createHydrationTracker } from './storageHydration.ts';
import { currentWriter } from './storageWriter.ts';

/** Who made a write, unless it is the sandbox's own (one stack read serves both questions). */
function ownerOf(write: { area: string; key?: unknown; database?: string }, value?: unknown): { internal?: string; writer?: StorageMeta['writer'] } {
  // Deep enough to reach the persistence library that called a storage library.
  const stack = callStack();
  const internal = internalStorageOwner(write, () => stack);
  if (internal) return { internal };
  const writer = currentWriter(stack, value);
  return writer ? { writer } : {};
}

export interface StorageGlobalLike {
  Storage?: unknown;
  localStorage?: unknown;
  sessionStorage?: unknown;
  IDBObjectStore?: unknown;
}

interface StorageLike {
  getItem(key: string): string | null;
  readonly length: number;
}

interface IDBObjectStoreLike {
  name: string;
  keyPath?: unknown;
  transaction?: { db?: { name?: string } };
}

type Method = (this: unknown, ...args: unknown[]) => unknown;

/** Strings parsed as JSON when the page asks for a diff. */
const JSON_LIMIT = 200_000;
/** Strings parsed right away for the event's `data` (a write is O(size) already; keep it small). */
const EAGER_JSON_LIMIT = 20_000;

function parseMaybeJson(text: string | null, limit = JSON_LIMIT): unknown {
  if (text === null) return undefined;
  if (text.length > limit) return text;
  const t = text.trimStart();
  if (!(t.startsWith('{') || t.startsWith('[') || t.startsWith('"'))) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function readArea(global: StorageGlobalLike, name: 'localStorage' | 'sessionStorage'): unknown {
  try {
    return global[name];
  } catch {
    return undefined; // opaque origins throw SecurityError
  }
}

function sizeText(n: number): string {
  return n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`;
}

// Writes made from inside another patched write (e.g. a polyfill's `add` calling its `put`) are
// part of the outer one: only the outermost call is reported.
let depth = 0;

function patch(target: Record<string, unknown>, method: string, make: (original: Method) => Method, restores: (() => void)[]): void {
  const original = target[method];
  if (typeof original !== 'function') return;
  const inner = make(original as Method);
  const replacement = function (this: unknown, ...args: unknown[]) {
    if (depth > 0) return (original as Method).apply(this, args);
    depth++;
    try {
      return inner.apply(this, args);
    } finally {
      depth--;
    }
  };
  Object.defineProperty(replacement, 'name', { value: method });
  target[method] = replacement;
  restores.push(() => {
    if (target[method] === replacement) target[method] = original;
  });
}

/** Patch Web Storage and IndexedDB write methods on `global`. Returns a restore function. */
export function instrumentStorage(global: StorageGlobalLike, emit: Emit, options: ProbeOptions = {}): () => void {
  const limits = options.serialize ?? PAYLOAD_LIMITS;
  const restores: (() => void)[] = [];
  const local = readArea(global, 'localStorage');
  const session = readArea(global, 'sessionStorage');
  // A Storage instance that is neither (e.g. a fake in tests) counts as localStorage.
  const areaOf = (self: unknown): 'localStorage' | 'sessionStorage' =>
    self === local || session === undefined || self !== session ? 'localStorage' : 'sessionStorage';
  const hydration = createHydrationTracker();

  const StorageCtor = global.Storage as { prototype?: Record<string, unknown> } | undefined;
  const storageProto = StorageCtor?.prototype;
  if (storageProto) {
    patch(
      storageProto,
      'getItem',
      (original) =>
        function (this: unknown, ...args: unknown[]) {
          const result = original.apply(this, args);
          if (typeof result === 'string') {
            guard(() => {
              const area = areaOf(this);
              const key = String(args[0]);
              if (internalStorageOwner({ area, key }, callStack)) return;
              const row = hydration.read({ area, key }, result, result.length);
              if (row) emit(row);
            });
          }
          return result;
        },
      restores,
    );
    patch(
      storageProto,
      'setItem',
      (original) =>
        function (this: unknown, ...args: unknown[]) {
          let before: string | null = null;
          try {
            before = (this as StorageLike).getItem(String(args[0]));
          } catch {
            before = null;
          }
          const result = original.apply(this, args);
          guard(() => {
            const area = areaOf(this);
            const key = String(args[0]);
            const value = String(args[1]);
            const { internal, writer } = ownerOf({ area, key });
            emit({
              source: 'storage',
              kind: 'storage:write',
              label: `${area}.setItem(${JSON.stringify(key)}, ${sizeText(value.length)})`,
              ...(internal ? { internal } : {}),
              data: serialize(parseMaybeJson(value, EAGER_JSON_LIMIT), limits),
              diffId: options.diffs ? options.diffs.putLazy(() => [parseMaybeJson(before), parseMaybeJson(value)]) : undefined,
              meta: { area, op: 'setItem', key, size: value.length, ...(writer ? { writer } : {}) },
            });
            const migrated = internal ? undefined : hydration.wrote({ area, key }, value);
            if (migrated) emit(migrated);
          });
          return result;
        },
      restores,
    );
    patch(
      storageProto,
      'removeItem',
      (original) =>
        function (this: unknown, ...args: unknown[]) {
          const result = original.apply(this, args);
          guard(() => {
            const area = areaOf(this);
            const key = String(args[0]);
            const { internal, writer } = ownerOf({ area, key });
            emit({
              source: 'storage',
              kind: 'storage:write',
              label: `${area}.removeItem(${JSON.stringify(key)})`,
              ...(internal ? { internal } : {}),
              meta: { area, op: 'removeItem', key, ...(writer ? { writer } : {}) },
            });
          });
          return result;
        },
      restores,
    );
    patch(
      storageProto,
      'clear',
      (original) =>
        function (this: unknown, ...args: unknown[]) {
          let count = 0;
          try {
            count = (this as StorageLike).length;
          } catch {
            count = 0;
          }
          const result = original.apply(this, args);
          guard(() => {
            const area = areaOf(this);
            const writer = currentWriter(callStack());
            emit({
              source: 'storage',
              kind: 'storage:write',
              label: `${area}.clear() (${count} key${count === 1 ? '' : 's'})`,
              meta: { area, op: 'clear', size: count, ...(writer ? { writer } : {}) },
            });
          });
          return result;
        },
      restores,
    );
  }

  const IDBCtor = global.IDBObjectStore as { prototype?: Record<string, unknown> } | undefined;
  const idbProto = IDBCtor?.prototype;
  if (idbProto) {
    patch(
      idbProto,
      'get',
      (original) =>
        function (this: unknown, ...args: unknown[]) {
          const request = original.apply(this, args) as { result?: unknown; addEventListener?: (type: string, listener: () => void) => void };
          const store = this as IDBObjectStoreLike;
          const database = store.transaction?.db?.name;
          request?.addEventListener?.('success', () =>
            guard(() => {
              const value = request.result;
              if (value === undefined || typeof args[0] !== 'string') return;
              const key = args[0];
              if (internalStorageOwner({ area: 'indexedDB', key, ...(database !== undefined ? { database } : {}) }, callStack)) return;
              const size = typeof value === 'string' ? value.length : (JSON.stringify(value)?.length ?? 0);
              const row = hydration.read({ area: 'indexedDB', key, objectStore: store.name, ...(database !== undefined ? { database } : {}) }, value, size);
              if (row) emit(row);
            }),
          );
          return request;
        },
      restores,
    );
    for (const op of ['put', 'add', 'delete', 'clear'] as const) {
      patch(
        idbProto,
        op,
        (original) =>
          function (this: unknown, ...args: unknown[]) {
            const result = original.apply(this, args);
            guard(() => {
              const store = this as IDBObjectStoreLike;
              const database = store.transaction?.db?.name;
              let key: unknown;
              if (op === 'delete') key = args[0];
              else if (op === 'put' || op === 'add') {
                key = args[1];
                if (key === undefined && typeof store.keyPath === 'string' && args[0] && typeof args[0] === 'object') {
                  key = (args[0] as Record<string, unknown>)[store.keyPath];
                }
              }
              const meta: StorageMeta = { area: 'indexedDB', op, objectStore: store.name };
              if (database !== undefined) meta.database = database;
              if (key !== undefined) meta.key = serialize(key, { maxNodes: 20 });
              const { internal, writer } = ownerOf({ area: 'indexedDB', key, ...(database !== undefined ? { database } : {}) }, op === 'put' || op === 'add' ? args[0] : undefined);
              if (writer) meta.writer = writer;
              emit({
                source: 'storage',
                kind: 'storage:write',
                ...(internal ? { internal } : {}),
                label: `indexedDB ${database ? `${database}.` : ''}${store.name}.${op}(${key !== undefined ? preview(key, 30) : ''})`,
                data: op === 'put' || op === 'add' ? serialize(args[0], limits) : undefined,
                meta,
              });
            });
            return result;
          },
        restores,
      );
    }
  }

  return () => {
    for (const restore of restores.reverse()) restore();
  };
}
