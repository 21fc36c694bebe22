import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_BASE_URL, startMockBackend, type MockBackend } from '@/mocks/node';
import { TaskStore, logProgress as logMobxProgress } from './mobxStore';
import { load, logProgress as logValtioProgress, toggle, valtioTasks } from './valtioStore';

let backend: MockBackend;
beforeEach(() => {
  backend = startMockBackend();
  Object.assign(valtioTasks, { tasks: [], error: null });
});
afterEach(() => backend.stop());

const tick = () => new Promise((resolve) => setTimeout(resolve));

/** The same feature through each library: load, toggle, read the count, see the error. */
const sides = {
  MobX: () => {
    const store = new TaskStore();
    return {
      load: () => store.load(),
      toggle: (id: string) => store.toggle(store.tasks.find((task) => task.id === id)!),
      tasks: () => store.tasks,
      doneCount: () => store.doneCount,
      error: () => store.error,
    };
  },
  Valtio: () => ({
    load,
    toggle,
    tasks: () => valtioTasks.tasks,
    doneCount: () => valtioTasks.doneCount,
    error: () => valtioTasks.error,
  }),
};

describe.each(Object.entries(sides))('%s', (_library, make) => {
  it('loads the same five tasks and counts the done ones', async () => {
    const side = make();
    await side.load();
    expect(side.tasks().map((task) => task.title)).toEqual([
      'Add invite flow',
      'Design conflict dialog',
      'Design loading skeleton',
      'Document date picker',
      'Document empty state',
    ]);
    expect(side.doneCount()).toBe(3);
  });

  it('ticks at once and takes the saved task', async () => {
    const side = make();
    await side.load();
    const saving = side.toggle('task_017');
    expect(side.doneCount()).toBe(4);
    await saving;
    expect(side.tasks()[1]).toMatchObject({ status: 'done', version: 2 });
  });

  it('puts the status back when the save fails', async () => {
    const side = make();
    await side.load();
    backend.faults.set({ errorRate: { 'PATCH /tasks/:id': 1 } });
    await side.toggle('task_017');
    expect(side.tasks()[1]!.status).toBe('in_review');
    expect(side.error()).toBe('Could not save “Design conflict dialog”: PATCH /tasks/task_017 answered 500');
  });

  it('shows the other user’s version after a 409', async () => {
    const side = make();
    await side.load();
    await fetch(`${API_BASE_URL}/tasks/task_017`, { method: 'PATCH', body: JSON.stringify({ version: 1, title: 'Conflict dialog v2' }) });
    await side.toggle('task_017');
    expect(side.tasks()[1]).toMatchObject({ title: 'Conflict dialog v2', status: 'in_review', version: 2 });
    expect(side.error()).toBe('“Conflict dialog v2” was changed by someone else; this is their version.');
  });

  it('says why when GET /tasks fails', async () => {
    const side = make();
    backend.faults.set({ errorRate: { 'GET /tasks': 1 } });
    await side.load();
    expect(side.error()).toBe('Could not load the tasks: GET /tasks answered 500');
  });
});

describe('progress outside React', () => {
  it('MobX reaction: runs when the computed count changes, not for other changes', async () => {
    const store = new TaskStore();
    const log = vi.fn();
    const stop = logMobxProgress(store, log);
    await store.load();
    expect(log).toHaveBeenLastCalledWith('MobX: 3 of 5 done');
    log.mockClear();
    await store.toggle(store.tasks[1]!); // status, then version: the count changes once
    expect(log.mock.calls).toEqual([['MobX: 4 of 5 done']]);
    stop();
  });

  it('Valtio subscribeKey on a getter: calls back when its value changes', async () => {
    const log = vi.fn();
    const stop = logValtioProgress(log);
    await load();
    await tick();
    expect(log).toHaveBeenLastCalledWith('Valtio: 3 of 5 done');
    log.mockClear();
    await toggle('task_017');
    await tick();
    expect(log.mock.calls).toEqual([['Valtio: 4 of 5 done']]);
    stop();
  });
});
