import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { useTaskStore, visibleTasks } from './store';

let backend: MockBackend;
const initial = useTaskStore.getState();
beforeEach(() => {
  backend = startMockBackend();
  useTaskStore.setState(initial, true);
});
afterEach(() => backend.stop());

const store = () => useTaskStore.getState();

describe('a task store with actions', () => {
  it('loads the project’s tasks, passing through loading', async () => {
    const loading = store().loadTasks();
    expect(store().status).toBe('pending');
    await loading;
    expect(store().status).toBe('ready');
    expect(store().tasks.length).toBeGreaterThan(5);
    expect(store().tasks.every((task) => task.projectId === 'proj_01')).toBe(true);
  });

  it('hides done tasks with a synchronous action', async () => {
    await store().loadTasks();
    store().toggleShowDone();
    expect(visibleTasks(store()).some((task) => task.status === 'done')).toBe(false);
    store().toggleShowDone();
    expect(visibleTasks(store())).toBe(store().tasks);
  });

  it('marks a task done with the server’s answer (its new version)', async () => {
    await store().loadTasks();
    const task = store().tasks.find((t) => t.status !== 'done')!;
    const saving = store().setDone(task.id, true);
    expect(store().savingIds).toEqual([task.id]);
    await saving;
    const saved = store().tasks.find((t) => t.id === task.id)!;
    expect(saved.status).toBe('done');
    expect(saved.version).toBe(task.version + 1);
    expect(store().savingIds).toEqual([]);
  });

  it('keeps the task as it was and says why when PATCH fails', async () => {
    await store().loadTasks();
    const task = store().tasks.find((t) => t.status !== 'done')!;
    backend.faults.set({ errorRate: { 'PATCH /tasks/:id': 1 } });
    await store().setDone(task.id, true);
    expect(store().tasks.find((t) => t.id === task.id)).toEqual(task);
    expect(store().error).toBe(`Could not save “${task.title}”: PATCH /tasks/${task.id} answered 500`);
    expect(store().savingIds).toEqual([]);
  });

  it('takes the server’s version on a 409 and says someone else changed it', async () => {
    await store().loadTasks();
    const task = store().tasks.find((t) => t.status !== 'done')!;
    backend.secondUser.editNow({ entity: 'tasks', id: task.id });
    await store().setDone(task.id, true);
    const shown = store().tasks.find((t) => t.id === task.id)!;
    expect(shown.version).toBeGreaterThan(task.version);
    expect(store().error).toBe(`“${task.title}” was changed by someone else; this is their version.`);
  });

  it('fails the load with a message when GET /tasks answers 500, and loads on retry', async () => {
    backend.faults.set({ errorRate: { 'GET /tasks': 1 } });
    await store().loadTasks();
    expect(store().status).toBe('failed');
    expect(store().error).toBe('Could not load the tasks: GET /tasks answered 500');
    backend.faults.set({ errorRate: {} });
    await store().loadTasks();
    expect(store().status).toBe('ready');
    expect(store().error).toBeNull();
  });
});
