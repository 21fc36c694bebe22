import { describe, expect, it } from 'vitest';
import { installStorageNamespace, matchExample } from './storageNamespace.ts';

/** Web Storage with the browser's shape: methods and `length` on the prototype (a fresh class per call, as the namespacing patches it). */
const makeStorageClass = () => class FakeStorage {
  readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
};

function setUp() {
  const Storage = makeStorageClass();
  const storage = new Storage();
  let namespace: string | null = 'example-a';
  const restore = installStorageNamespace({ Storage }, () => namespace);
  return { storage, restore, use: (ns: string | null) => (namespace = ns) };
}

describe('storage namespace', () => {
  it("keeps one example's keys out of another's", () => {
    const { storage, use } = setUp();
    storage.setItem('prefs', 'a');
    use('example-b');
    expect(storage.getItem('prefs')).toBeNull();
    expect(storage.length).toBe(0);
    storage.setItem('prefs', 'b');
    use('example-a');
    expect(storage.getItem('prefs')).toBe('a');
    expect(storage.items.get('example-a::prefs')).toBe('a');
    expect(storage.items.get('example-b::prefs')).toBe('b');
  });

  it('lists, counts and clears only the current namespace', () => {
    const { storage, use } = setUp();
    storage.setItem('one', '1');
    storage.setItem('two', '2');
    use('example-b');
    storage.setItem('other', 'x');
    use('example-a');
    expect(storage.length).toBe(2);
    expect([storage.key(0), storage.key(1), storage.key(2)]).toEqual(['one', 'two', null]);
    storage.clear();
    expect(storage.length).toBe(0);
    use('example-b');
    expect(storage.getItem('other')).toBe('x');
  });

  it('passes keys through before the namespace is known, and restores the prototype', () => {
    const { storage, use, restore } = setUp();
    use(null);
    storage.setItem('plain', '1');
    expect(storage.items.get('plain')).toBe('1');
    restore();
    use('example-a');
    storage.setItem('after', '2');
    expect(storage.items.get('after')).toBe('2');
  });

  it('names BroadcastChannels per namespace and shows the reader its own name', () => {
    // Like the browser's: `name` is a getter on the prototype.
    class Channel {
      #name: string;
      constructor(name: string) {
        this.#name = name;
      }
      get name() {
        return this.#name;
      }
    }
    const global: { BroadcastChannel?: new (name: string) => object } = { BroadcastChannel: Channel };
    installStorageNamespace(global, () => 'example-a');
    const channel = new global.BroadcastChannel!('sync') as Channel;
    expect(channel.name).toBe('sync');
    expect(Object.getOwnPropertyDescriptor(Channel.prototype, 'name')!.get!.call(channel)).toBe('example-a::sync');
  });
});

describe('matchExample', () => {
  const examples = { alpha: ['a1', 'a2', 'shared'], beta: ['b1', 'b2', 'shared'] };
  it('finds the example most of whose files the frame runs, even with an edited file', () => {
    expect(matchExample(['a1', 'a2', 'shared'], examples)).toBe('alpha');
    expect(matchExample(['a1', 'edited', 'shared'], examples)).toBe('alpha');
    expect(matchExample(['b2', 'shared', 'b1'], examples)).toBe('beta');
  });
  it('is null when no file matches', () => {
    expect(matchExample(['x'], examples)).toBeNull();
  });
});
