import { describe, expect, it, vi } from 'vitest';
import * as vanilla from 'jotai/vanilla';
import { atom } from 'jotai/vanilla';
import * as internals from 'jotai/vanilla/internals';
import { atomWithReset } from 'jotai/vanilla/utils';
import { DiffStore } from './diffStore.ts';
import { atomName, instrumentJotai, observeJotaiStore } from './jotaiStoreProbe.ts';
import { recordEvents } from './testSupport/recordEvents.ts';

function recorder() {
  const { emit, events, ofSource } = recordEvents();
  const atoms = () => ofSource('atom');
  return { emit, atoms };
}

describe('Jotai probe', () => {
  it('reports first values and every change of primitive and derived atoms, by debug label', () => {
    const { emit, atoms } = recorder();
    const diffs = new DiffStore();
    const store = vanilla.createStore();
    observeJotaiStore(store, internals, emit, { diffs, name: 'store#test' });

    const countAtom = atom(0);
    countAtom.debugLabel = 'count';
    const doubledAtom = atom((get) => get(countAtom) * 2);
    doubledAtom.debugLabel = 'doubled';
    const todosAtom = atom([{ id: 1, done: false }]);
    todosAtom.debugLabel = 'todos';

    store.sub(doubledAtom, () => {});
    store.set(countAtom, 1);
    store.set(countAtom, (c) => c + 1);
    store.set(countAtom, 2); // same value: no change
    store.set(todosAtom, (todos) => todos.map((t) => (t.id === 1 ? { ...t, done: true } : t)));

    expect(atoms().map((e) => `${e.kind} ${e.label}`)).toEqual([
      'atom:init count = 0',
      'atom:init doubled = 0',
      'atom:changed count = 1',
      'atom:changed doubled = 2',
      'atom:changed count = 2',
      'atom:changed doubled = 4',
      'atom:init todos = [{ id: 1, done: false }]',
      'atom:changed todos = [{ id: 1, done: true }]',
    ]);
    const doubled = atoms()[3]!;
    expect(doubled.meta).toEqual({ store: 'store#test', atom: 'doubled', derived: true });
    const todosChange = atoms().at(-1)!;
    expect(todosChange.changedPaths).toEqual(['0']);
    expect(diffs.compute(todosChange.diffId!)?.entries).toEqual([{ path: ['0', 'done'], kind: 'changed', before: false, after: true }]);
  });

  it('names atoms without a debug label by their key, and skips debugPrivate atoms', () => {
    const { emit, atoms } = recorder();
    const store = vanilla.createStore();
    observeJotaiStore(store, internals, emit);
    const anonymous = atom('x');
    const hidden = atom(1);
    hidden.debugPrivate = true;
    store.set(anonymous, 'y');
    store.set(hidden, 2);
    expect(atomName(anonymous)).toMatch(/^atom\d+$/);
    expect(atoms().map((e) => [e.kind, e.meta!.atom, e.label])).toEqual([
      ['atom:changed', atomName(anonymous), `${atomName(anonymous)} = "y"`],
    ]);
  });

  it('shows an async atom as pending, then resolved, and a newer fetch superseding an older one', async () => {
    const { emit, atoms } = recorder();
    const store = vanilla.createStore();
    observeJotaiStore(store, internals, emit);
    const userIdAtom = atom(1);
    userIdAtom.debugLabel = 'userId';
    const userAtom = atom(async (get) => {
      const id = get(userIdAtom);
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (id < 0) throw new Error(`no user ${id}`);
      return { id, name: `user ${id}` };
    });
    userAtom.debugLabel = 'user';

    store.sub(userAtom, () => {});
    await vi.waitFor(() => expect(atoms().some((e) => e.kind === 'atom:resolved')).toBe(true));
    store.set(userIdAtom, -1);
    await vi.waitFor(() => expect(atoms().some((e) => e.kind === 'atom:rejected')).toBe(true));

    const user = atoms().filter((e) => e.meta!.atom === 'user');
    expect(user.map((e) => [e.kind, e.meta!.status])).toEqual([
      ['atom:init', 'pending'],
      ['atom:resolved', 'resolved'],
      ['atom:changed', 'pending'],
      ['atom:rejected', 'rejected'],
    ]);
    expect(user[1]!.data).toEqual({ id: 1, name: 'user 1' });
    expect(user[3]!.data).toMatchObject({ $type: 'error', message: 'no user -1' });
    expect(user[1]!.label).toBe('user ✓ { id: 1, name: "user 1" }');
  });

  it('instrumentJotai covers the default store and every store created afterwards', () => {
    const { emit, atoms } = recorder();
    const { createStore, getDefaultStore } = instrumentJotai(vanilla, internals, emit);
    const resettable = atomWithReset(5);
    resettable.debugLabel = 'resettable';

    getDefaultStore().set(resettable, 6);
    vanilla.createStore().set(resettable, 7); // jotai's own createStore: overridden
    createStore().set(resettable, 8);

    const changes = atoms().filter((e) => e.kind === 'atom:changed');
    expect(changes.map((e) => [e.meta!.store, e.label])).toEqual([
      ['default', 'resettable = 6'],
      [expect.stringMatching(/^store#\d+$/), 'resettable = 7'],
      [expect.stringMatching(/^store#\d+$/), 'resettable = 8'],
    ]);
    expect(changes[1]!.meta!.store).not.toBe(changes[2]!.meta!.store);
  });
});
