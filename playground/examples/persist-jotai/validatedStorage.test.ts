import { createStore } from 'jotai';
import { atomWithStorage } from 'jotai/utils';
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../../tests/unit/support/memoryStorage.ts';
import { validatedStorage } from './validatedStorage';

const isIdList = (value: unknown): value is string[] => Array.isArray(value) && value.every((id) => typeof id === 'string');

function setUp(raw?: string) {
  const storage = MemoryStorage.with('starred', raw);
  const problems: string[] = [];
  const atom = atomWithStorage<string[]>('starred', [], validatedStorage(isIdList, (m) => problems.push(m), () => storage), { getOnInit: true });
  return { storage, problems, atom, store: createStore() };
}

describe('validatedStorage with atomWithStorage', () => {
  it('hands the atom a valid saved value', () => {
    const { atom, store, problems } = setUp('["proj_01","proj_07"]');
    expect(store.get(atom)).toEqual(['proj_01', 'proj_07']);
    expect(problems).toEqual([]);
  });

  it.each([
    ['corrupt JSON', '["proj_01",proj_07]'],
    ['a truncated value', '["proj_01","pro'],
    ['the wrong shape', '{"ids":["proj_01"]}'],
    ['ids of the wrong type', '[1,2,3]'],
  ])('%s: the atom starts from its initial value, the original bytes are backed up, and a notice says where', (_name, raw) => {
    const { atom, store, storage, problems } = setUp(raw);
    expect(store.get(atom)).toEqual([]);
    const backups = storage.backupsOf('starred');
    expect(backups.map(([, value]) => value)).toEqual([raw]);
    expect(problems).toEqual([expect.stringContaining(`It is kept in "${backups[0][0]}"`)]);
  });

  it('saves what the atom is set to', () => {
    const { atom, store, storage } = setUp();
    store.set(atom, ['proj_03']);
    expect(storage.getItem('starred')).toBe('["proj_03"]');
  });

  it('quota exceeded: reports it and keeps the saved bytes', () => {
    const { atom, store, storage, problems } = setUp('["proj_01"]');
    store.get(atom);
    storage.full = true;
    store.set(atom, ['proj_01', 'proj_02']);
    expect(problems).toEqual(['Not saved: storage is full.']);
    expect(storage.getItem('starred')).toBe('["proj_01"]');
    expect(store.get(atom)).toEqual(['proj_01', 'proj_02']);
  });

  it('unavailable storage (reading it throws): says so, and the atom still works', () => {
    const problems: string[] = [];
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const atom = atomWithStorage<string[]>('starred', [], validatedStorage(isIdList, (m) => problems.push(m), blocked), { getOnInit: true });
    const store = createStore();
    expect(store.get(atom)).toEqual([]);
    expect(problems[0]).toMatch(/Storage is unavailable/);
  });
});
