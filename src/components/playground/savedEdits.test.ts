import { beforeEach, describe, expect, it } from 'vitest';
import { loadSavedEdits, modifiedFiles, saveEdits, storageKey } from './savedEdits.ts';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}

const original = { '/App.tsx': 'export default () => <p>hi</p>', '/index.tsx': 'render()' };

describe('saved playground edits', () => {
  let storage: MemoryStorage;
  beforeEach(() => {
    storage = new MemoryStorage();
  });

  it('stores only the files the reader changed, with when, and restores them for the same version', () => {
    saveEdits(storage, 'demo', 'v1', original, { ...original, '/App.tsx': 'edited' }, 1_700_000_000_000);
    expect(JSON.parse(storage.getItem(storageKey('demo'))!).files).toEqual({ '/App.tsx': 'edited' });
    expect(loadSavedEdits(storage, 'demo', 'v1', original)).toEqual({ kind: 'restored', files: { '/App.tsx': 'edited' }, savedAt: 1_700_000_000_000 });
  });

  it('restores edits saved before the time was kept, without a time', () => {
    storage.setItem(storageKey('demo'), JSON.stringify({ format: 1, version: 'v1', files: { '/App.tsx': 'edited' } }));
    expect(loadSavedEdits(storage, 'demo', 'v1', original)).toEqual({ kind: 'restored', files: { '/App.tsx': 'edited' }, savedAt: null });
  });

  it('names the files that differ from the example', () => {
    expect([...modifiedFiles(original, { ...original, '/index.tsx': 'changed' })]).toEqual(['/index.tsx']);
    expect(modifiedFiles(original, original).size).toBe(0);
  });

  it('removes the entry when the files are back to the example', () => {
    saveEdits(storage, 'demo', 'v1', original, { ...original, '/App.tsx': 'edited' });
    saveEdits(storage, 'demo', 'v1', original, original);
    expect(storage.getItem(storageKey('demo'))).toBeNull();
  });

  it('drops corrupt JSON with a notice and touches nothing else', () => {
    storage.setItem(storageKey('demo'), '{"format":1,');
    storage.setItem('other', 'kept');
    const result = loadSavedEdits(storage, 'demo', 'v1', original);
    expect(result).toMatchObject({ kind: 'dropped', reason: 'corrupt' });
    expect(storage.getItem(storageKey('demo'))).toBeNull();
    expect(storage.getItem('other')).toBe('kept');
  });

  it('drops well-formed JSON of the wrong shape, such as files the example does not have', () => {
    storage.setItem(storageKey('demo'), JSON.stringify({ format: 1, version: 'v1', files: { '/Evil.tsx': 'x' } }));
    expect(loadSavedEdits(storage, 'demo', 'v1', original)).toMatchObject({ kind: 'dropped', reason: 'corrupt' });
  });

  it('sets aside edits made to an older version of the example', () => {
    saveEdits(storage, 'demo', 'v1', original, { ...original, '/App.tsx': 'edited' });
    const result = loadSavedEdits(storage, 'demo', 'v2', original);
    expect(result).toMatchObject({ kind: 'dropped', reason: 'stale' });
    expect(result.kind === 'dropped' && result.notice).toMatch(/changed since you edited it/);
  });
});
