import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { doneShare, keepTitleInStep } from './outsideReact';
import { useWorkspace } from './store';

// Node has no localStorage of its own: give the store an in-memory one before it is created.
const stored = vi.hoisted(() => {
  const items = new Map<string, string>();
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    value: {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    },
  });
  return items;
});

let backend: MockBackend;
const initial = useWorkspace.getState();
const state = () => useWorkspace.getState();
beforeEach(async () => {
  backend = startMockBackend();
  useWorkspace.setState(initial, true);
  await state().loadTasks('proj_01');
});
afterEach(() => backend.stop());

const openTask = () => state().tasks.find((task) => task.status !== 'done')!;

describe('a store built from slices', () => {
  it('has both slices’ state and actions in one store', () => {
    expect(state().tasks.length).toBe(19);
    state().setFilter('done');
    state().setDensity('compact');
    expect(state()).toMatchObject({ filter: 'done', density: 'compact', loading: false });
  });

  it('persists only the view preferences, not the server’s tasks, and reads them back', async () => {
    state().setDensity('compact');
    expect(JSON.parse(stored.get('workspace.view')!)).toEqual({ state: { filter: 'all', density: 'compact' }, version: 0 });
    stored.set('workspace.view', JSON.stringify({ state: { filter: 'done', density: 'compact' }, version: 0 }));
    await useWorkspace.persist.rehydrate();
    expect(state()).toMatchObject({ filter: 'done', density: 'compact' });
    expect(state().tasks).toHaveLength(19);
  });

  it('changes one task in an immer recipe and leaves every other task the same object', async () => {
    const task = openTask();
    const others = state().tasks.filter((t) => t.id !== task.id);
    const saving = state().setDone(task.id, true);
    expect(state().tasks.find((t) => t.id === task.id)!.status).toBe('done'); // optimistic
    await saving;
    expect(state().tasks.find((t) => t.id === task.id)!.version).toBe(task.version + 1);
    expect(state().tasks.filter((t) => t.id !== task.id)).toEqual(others);
    others.forEach((other, i) => expect(state().tasks.filter((t) => t.id !== task.id)[i]).toBe(other));
  });

  it('puts the task back and says why when PATCH fails', async () => {
    const task = openTask();
    backend.faults.set({ errorRate: { 'PATCH /tasks/:id': 1 } });
    await state().setDone(task.id, true);
    expect(state().tasks.find((t) => t.id === task.id)).toEqual(task);
    expect(state().error).toBe(`Could not save “${task.title}”: PATCH /tasks/${task.id} answered 500`);
  });

  it('shows the other user’s version on a 409', async () => {
    const task = openTask();
    backend.secondUser.editNow({ entity: 'tasks', id: task.id });
    await state().setDone(task.id, true);
    expect(state().tasks.find((t) => t.id === task.id)!.version).toBeGreaterThan(task.version);
    expect(state().error).toBe(`“${task.title}” was changed by someone else; this is their version.`);
  });

  it('reports a failed load', async () => {
    backend.faults.set({ offline: true });
    await state().loadTasks('proj_01');
    expect(state().error).toMatch(/^Could not load the tasks: /);
  });
});

describe('subscribeWithSelector, outside React', () => {
  it('updates the title only when the open count or the total changes', async () => {
    const target = { title: '' };
    const titles: string[] = [];
    const stop = keepTitleInStep(
      new Proxy(target, { set: (t, key, value) => (titles.push(value as string), Reflect.set(t, key, value)) }),
    );
    expect(target.title).toMatch(/^\d+ open of 19 · Tasks$/);
    state().setFilter('open'); // not a selected value: no call
    state().setDensity('compact');
    expect(titles).toHaveLength(1);
    await state().setDone(openTask().id, true);
    expect(titles).toHaveLength(2); // the optimistic change; the server's answer has the same counts
    stop();
  });

  it('computes the done share for the progress bar', () => {
    expect(doneShare({ tasks: [] })).toBe(0);
    expect(doneShare({ tasks: [{ status: 'done' }, { status: 'todo' }] })).toBe(0.5);
    const listener = vi.fn();
    const stop = useWorkspace.subscribe(doneShare, listener);
    state().setFilter('done');
    expect(listener).not.toHaveBeenCalled();
    stop();
  });
});
