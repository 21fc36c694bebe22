/**
 * Every playground runs on the runtime's one origin, so without this they would share one
 * localStorage, sessionStorage, IndexedDB and BroadcastChannel space: one example's saved
 * state would show up in another's. This gives each example its own namespace without
 * changing the example's code: Web Storage keys, IndexedDB database names and
 * BroadcastChannel names get a prefix the reader's code never sees, and a `storage` event
 * from another frame reaches the reader's listeners only when it is about this namespace
 * (with the prefix taken off its key).
 *
 * Install before the probes (so the storage probe reports keys as the reader wrote them) and
 * before the reader's code; set the namespace once per frame, before the first run.
 */

const SEPARATOR = '::';

export interface StorageNamespaceGlobal {
  Storage?: { prototype: object };
  IDBFactory?: { prototype: object };
  IDBDatabase?: { prototype: object };
  BroadcastChannel?: new (name: string) => object;
  StorageEvent?: new (type: string, init: StorageEventInit) => Event;
  addEventListener?: (type: string, listener: (event: Event) => void, capture?: boolean) => void;
  dispatchEvent?: (event: Event) => boolean;
}

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

type AnyFunction = (this: unknown, ...args: unknown[]) => unknown;

/**
 * Installs the namespacing on `global` (the window). `namespace()` is read on every call:
 * null means "not known yet", and then nothing is prefixed.
 */
export function installStorageNamespace(global: StorageNamespaceGlobal, namespace: () => string | null): () => void {
  const restores: (() => void)[] = [];
  const prefixOf = () => {
    const ns = namespace();
    return ns === null ? '' : `${ns}${SEPARATOR}`;
  };
  const inNamespace = (key: string) => key.startsWith(prefixOf());
  const strip = (key: string) => key.slice(prefixOf().length);

  const replace = (target: object, name: string, make: (original: AnyFunction) => AnyFunction) => {
    const descriptor = Object.getOwnPropertyDescriptor(target, name);
    if (!descriptor || typeof descriptor.value !== 'function') return;
    Object.defineProperty(target, name, { ...descriptor, value: make(descriptor.value as AnyFunction) });
    restores.push(() => Object.defineProperty(target, name, descriptor));
  };
  const replaceGetter = (target: object, name: string, make: (original: () => unknown) => () => unknown) => {
    const descriptor = Object.getOwnPropertyDescriptor(target, name);
    if (!descriptor?.get) return;
    Object.defineProperty(target, name, { ...descriptor, get: make(descriptor.get) });
    restores.push(() => Object.defineProperty(target, name, descriptor));
  };

  const storageProto = global.Storage?.prototype;
  if (storageProto) {
    const originalKey = (storageProto as StorageLike).key;
    const lengthGetter = Object.getOwnPropertyDescriptor(storageProto, 'length')?.get;
    const removeItem = (storageProto as StorageLike).removeItem;
    /** The keys of this namespace, unprefixed, in the storage's order. */
    const ownKeys = (storage: StorageLike): string[] => {
      const total = lengthGetter ? (lengthGetter.call(storage) as number) : 0;
      const keys: string[] = [];
      for (let i = 0; i < total; i++) {
        const key = originalKey.call(storage, i);
        if (key !== null && inNamespace(key)) keys.push(strip(key));
      }
      return keys;
    };
    for (const method of ['getItem', 'setItem', 'removeItem']) {
      replace(storageProto, method, (original) =>
        function (this: unknown, ...args: unknown[]) {
          return original.call(this, prefixOf() + String(args[0]), ...args.slice(1));
        },
      );
    }
    replace(storageProto, 'key', () =>
      function (this: unknown, index: unknown) {
        return ownKeys(this as StorageLike)[Number(index)] ?? null;
      },
    );
    replace(storageProto, 'clear', (original) =>
      function (this: unknown) {
        if (prefixOf() === '') return original.call(this);
        for (const key of ownKeys(this as StorageLike)) removeItem.call(this, prefixOf() + key);
      },
    );
    replaceGetter(storageProto, 'length', () =>
      function (this: unknown) {
        return ownKeys(this as StorageLike).length;
      },
    );
  }

  const factoryProto = global.IDBFactory?.prototype;
  if (factoryProto) {
    for (const method of ['open', 'deleteDatabase']) {
      replace(factoryProto, method, (original) =>
        function (this: unknown, ...args: unknown[]) {
          return original.call(this, prefixOf() + String(args[0]), ...args.slice(1));
        },
      );
    }
    replace(factoryProto, 'databases', (original) =>
      async function (this: unknown) {
        const all = (await original.call(this)) as { name?: string; version?: number }[];
        return all.filter((db) => db.name !== undefined && inNamespace(db.name)).map((db) => ({ ...db, name: strip(db.name!) }));
      },
    );
  }
  const databaseProto = global.IDBDatabase?.prototype;
  if (databaseProto) {
    replaceGetter(databaseProto, 'name', (original) =>
      function (this: unknown) {
        const name = original.call(this) as string;
        return inNamespace(name) ? strip(name) : name;
      },
    );
  }

  const Channel = global.BroadcastChannel;
  if (Channel) {
    const nameOf = Object.getOwnPropertyDescriptor(Channel.prototype, 'name')?.get;
    const Namespaced = class extends Channel {
      constructor(name: string) {
        super(prefixOf() + String(name));
      }
      get name(): string {
        return strip(String(nameOf?.call(this) ?? ''));
      }
    };
    Object.defineProperty(Namespaced, 'name', { value: 'BroadcastChannel' });
    global.BroadcastChannel = Namespaced;
    restores.push(() => {
      global.BroadcastChannel = Channel;
    });
  }

  // Registered before any of the reader's listeners, in the capture phase: the browser's own
  // event stops here, and a copy with the reader's key goes on when it is about this namespace.
  const StorageEventCtor = global.StorageEvent;
  if (StorageEventCtor && global.addEventListener && global.dispatchEvent) {
    global.addEventListener(
      'storage',
      (event: Event) => {
        if (!event.isTrusted || prefixOf() === '') return;
        event.stopImmediatePropagation();
        const { key, oldValue, newValue, url, storageArea } = event as StorageEvent;
        // key null: another frame called clear(), which (namespaced) it never does on the real storage.
        if (key === null || !inNamespace(key)) return;
        global.dispatchEvent!(new StorageEventCtor('storage', { key: strip(key), oldValue, newValue, url, storageArea }));
      },
      true,
    );
  }

  return () => {
    for (const restore of restores.reverse()) restore();
  };
}

export interface ClearableGlobal {
  localStorage: { clear(): void };
  sessionStorage: { clear(): void };
  indexedDB?: IDBFactory;
}

/**
 * Empties the current namespace: Web Storage, and every object store of its IndexedDB databases.
 * Call it with the namespacing installed (then `clear()` and `databases()` see this namespace
 * only). The stores are emptied rather than the databases deleted, because a library may keep a
 * connection open across runs (idb-keyval does), which would block a delete.
 */
export async function clearNamespacedStorage(global: ClearableGlobal): Promise<void> {
  global.localStorage.clear();
  global.sessionStorage.clear();
  const factory = global.indexedDB;
  if (!factory) return;
  for (const { name } of await factory.databases()) {
    if (!name) continue;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stores = [...db.objectStoreNames];
    if (stores.length > 0) {
      const transaction = db.transaction(stores, 'readwrite');
      for (const store of stores) transaction.objectStore(store).clear();
      await new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
    }
    db.close();
  }
}

/**
 * Which example a frame is running: the one whose files (as the build fingerprinted them)
 * match most of the files of the frame's first compile. Saved edits change a few files, not
 * all of them; null when nothing matches (then the frame gets a namespace of its own).
 */
export function matchExample(fileKeys: readonly string[], examples: Record<string, readonly string[]>): string | null {
  const keys = new Set(fileKeys);
  let best: string | null = null;
  let bestScore = 0;
  for (const [id, exampleKeys] of Object.entries(examples)) {
    const score = exampleKeys.filter((key) => keys.has(key)).length;
    if (score > bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}
