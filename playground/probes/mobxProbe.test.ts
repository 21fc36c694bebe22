import { afterEach, describe, expect, it } from 'vitest';
import { action, makeAutoObservable, observable, reaction, runInAction, spy } from 'mobx';
import { DiffStore } from './diffStore.ts';
import { observeMobx } from './mobxProbe.ts';
import { recordEvents } from './testSupport/recordEvents.ts';

class TaskStore {
  tasks: { id: string; done: boolean }[] = [];
  filter = '';
  tags = new Set<string>();
  constructor() {
    makeAutoObservable(this);
  }
  get openCount() {
    return this.tasks.filter((task) => !task.done).length;
  }
  add(id: string) {
    this.tasks.push({ id, done: false });
  }
  toggle(index: number) {
    this.tasks[index]!.done = !this.tasks[index]!.done;
  }
  setFilter(filter: string) {
    this.filter = filter;
  }
}

let stop: (() => void) | undefined;
afterEach(() => stop?.());

function observed() {
  const { emit, ofSource } = recordEvents();
  const diffs = new DiffStore();
  stop = observeMobx({ spy }, emit, { diffs });
  return { stores: () => ofSource('store'), diffs };
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('MobX probe', () => {
  it('reports one row per action, named by the action, with the changed paths', async () => {
    const { stores, diffs } = observed();
    const store = new TaskStore();
    await settle();
    const created = stores().length;

    store.add('a');
    store.toggle(0);
    store.setFilter('pilot');

    const rows = stores().slice(created);
    expect(rows.map((row) => row.label)).toEqual([
      expect.stringMatching(/^TaskStore@\d+ · add \(tasks\)$/),
      expect.stringMatching(/^TaskStore@\d+ · toggle \(tasks\[\.\.\]\.done\)$/),
      expect.stringMatching(/^TaskStore@\d+ · setFilter \(filter\)$/),
    ]);
    expect(rows[2]).toMatchObject({
      kind: 'store:changed',
      changedPaths: ['filter'],
      data: { filter: 'pilot' },
      meta: { library: 'mobx', action: 'setFilter', actionSource: 'explicit' },
    });
    expect(diffs.compute(rows[2]!.diffId!)?.entries).toEqual([{ path: ['filter'], kind: 'changed', before: '', after: 'pilot' }]);
  });

  it('groups the changes of one action, and skips computed values', () => {
    const { stores } = observed();
    const store = new TaskStore();
    const before = stores().length;
    runInAction(() => {
      store.filter = 'x';
      store.tags.add('urgent');
      store.tasks.push({ id: 'b', done: true });
    });
    const row = stores().at(-1)!;
    expect(stores().length).toBe(before + 1);
    expect(row.changedPaths).toEqual(['filter', 'tags', 'tasks']);
    expect(row.meta).toMatchObject({ action: '<unnamed action>' });
    expect(row.label).not.toContain('openCount');
  });

  it('names a reaction’s writes after the reaction, in their own row', () => {
    const { stores } = observed();
    const store = new TaskStore();
    const log = observable({ lastFilter: '' });
    const dispose = reaction(
      () => store.filter,
      action('rememberFilter', (filter: string) => {
        log.lastFilter = filter;
      }),
    );
    store.setFilter('done');
    dispose();
    const names = stores().map((row) => row.meta?.action);
    expect(names.slice(-2)).toEqual(['rememberFilter', 'setFilter']);
    expect(stores().at(-2)!.label).toMatch(/^ObservableObject@\d+ · rememberFilter \(lastFilter\)$/);
  });

  it('groups changes outside any action per store, without an action, once the task ends', async () => {
    const { stores } = observed();
    const state = observable({ count: 0, nested: { on: false } });
    await settle();
    const before = stores().length;
    state.count = 1;
    state.nested.on = true;
    expect(stores().length).toBe(before);
    await settle();
    const row = stores().at(-1)!;
    expect(row.changedPaths).toEqual(['count', 'nested.on']);
    expect(row.meta).toMatchObject({ library: 'mobx', actionSource: 'external' });
    expect(row.meta?.action).toBeUndefined();
  });

  it('stops reporting once stopped', () => {
    const { stores } = observed();
    const store = new TaskStore();
    stop!();
    stop = undefined;
    const before = stores().length;
    store.setFilter('z');
    expect(stores().length).toBe(before);
  });
});
