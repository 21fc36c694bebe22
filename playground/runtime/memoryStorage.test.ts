import { afterEach, describe, expect, it, vi } from 'vitest';
import { instrumentStorage } from '../probes/storageProbe.ts';
import { MemoryStorage, STORAGE_IN_MEMORY_ATTRIBUTE, useMemoryStorageIfDenied } from './memoryStorage.ts';

/** A window whose Web Storage getters throw as a third-party frame's do when storage is blocked. */
function fakeWindow(denied: boolean) {
  const attributes = new Map<string, string>();
  const real = new MemoryStorage();
  const global = {
    Storage: class {},
    indexedDB: {},
    document: { documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) } },
  };
  for (const area of ['localStorage', 'sessionStorage']) {
    Object.defineProperty(global, area, {
      configurable: true,
      get() {
        if (denied) throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", 'SecurityError');
        return real;
      },
    });
  }
  return { global: global as unknown as Window & typeof globalThis, attributes, real };
}

describe('useMemoryStorageIfDenied', () => {
  // It tells the browser's console why storage lives in memory; not this test run's.
  afterEach(() => vi.restoreAllMocks());
  const quietly = () => vi.spyOn(console, 'warn').mockImplementation(() => {});
  it('leaves a frame that has storage alone', () => {
    const { global, attributes, real } = fakeWindow(false);
    expect(useMemoryStorageIfDenied(global)).toBe(false);
    expect(global.localStorage).toBe(real);
    expect(global.indexedDB).toEqual({});
    expect(attributes.size).toBe(0);
  });

  it('gives a denied frame Web Storage in memory, takes IndexedDB away and marks the document', () => {
    const { global, attributes } = fakeWindow(true);
    const warn = quietly();
    expect(useMemoryStorageIfDenied(global)).toBe(true);
    expect(warn).toHaveBeenCalledOnce();
    global.localStorage.setItem('a', '1');
    global.localStorage.setItem('b', '2');
    global.sessionStorage.setItem('a', 'session');
    expect([global.localStorage.getItem('a'), global.localStorage.length, global.localStorage.key(1)]).toEqual(['1', 2, 'b']);
    expect(global.sessionStorage.getItem('a')).toBe('session');
    global.localStorage.removeItem('a');
    expect(global.localStorage.getItem('a')).toBeNull();
    expect(global.indexedDB).toBeUndefined();
    expect(attributes.has(STORAGE_IN_MEMORY_ATTRIBUTE)).toBe(true);
  });

  it('keeps the storage timeline: the probe sees writes to the in-memory storage', () => {
    const { global } = fakeWindow(true);
    quietly();
    useMemoryStorageIfDenied(global);
    const events: { meta?: unknown }[] = [];
    const restore = instrumentStorage(global as never, (event) => void events.push(event));
    global.localStorage.setItem('theme', '"dark"');
    restore();
    expect(events).toHaveLength(1);
    expect(events[0]!.meta).toMatchObject({ area: 'localStorage', op: 'setItem', key: 'theme' });
  });
});
