import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshot } from 'valtio/vanilla';
import { API_BASE_URL, startMockBackend, type MockBackend } from '@/mocks/node';
import { board, loadTasks, matchesSearch, setSearch, toggleDone } from './store';

let backend: MockBackend;
beforeEach(async () => {
  backend = startMockBackend();
  Object.assign(board, { tasks: [], loading: true, error: null, search: '' });
});
afterEach(() => backend.stop());

const taskTitled = (title: string) => board.tasks.find((task) => task.title === title)!;

describe('the task board proxy', () => {
  it('loads the project’s tasks, and the getters compute from them', async () => {
    await loadTasks();
    expect(board.loading).toBe(false);
    expect(board.tasks).toHaveLength(19);
    expect(board.tasks[0]!.title).toBe('Add invite flow');
    expect(board.doneCount).toBe(board.tasks.filter((task) => task.status === 'done').length);
    expect(snapshot(board).doneCount).toBe(board.doneCount);
    setSearch(' DOCUMENT ');
    expect(board.tasks.filter((task) => matchesSearch(task, board.search)).map((task) => task.title)).toEqual([
      'Document date picker',
      'Document empty state',
      'Document optimistic updates',
      'Document optimistic updates',
    ]);
  });

  it('says why when GET /tasks fails, and stops loading', async () => {
    backend.faults.set({ errorRate: { 'GET /tasks': 1 } });
    await loadTasks();
    expect(board.loading).toBe(false);
    expect(board.tasks).toEqual([]);
    expect(board.error).toMatch(/^Could not load the tasks: /);
  });

  it('keeps unchanged tasks as the same snapshot objects: only the ticked task is new', async () => {
    await loadTasks();
    const before = snapshot(board);
    await toggleDone(taskTitled('Design conflict dialog').id);
    const after = snapshot(board);
    const changed = after.tasks.filter((task, index) => task !== before.tasks[index]);
    expect(changed.map((task) => task.title)).toEqual(['Design conflict dialog']);
  });

  it('ticks a task at once, then takes the server’s saved version', async () => {
    await loadTasks();
    const task = taskTitled('Design conflict dialog');
    const done = board.doneCount;
    const saving = toggleDone(task.id);
    expect(task.status).toBe('done');
    expect(board.doneCount).toBe(done + 1);
    await saving;
    expect(task.version).toBe(2);
    const saved = await (await fetch(`${API_BASE_URL}/tasks/${task.id}`)).json();
    expect(saved).toMatchObject({ status: 'done', version: 2 });
  });

  it('puts the status back and says why when the save fails', async () => {
    await loadTasks();
    backend.faults.set({ errorRate: { 'PATCH /tasks/:id': 1 } });
    const task = taskTitled('Design conflict dialog');
    await toggleDone(task.id);
    expect(task.status).toBe('in_review');
    expect(board.error).toMatch(/^Could not save “Design conflict dialog”: /);
  });

  it('shows the other user’s version after a 409', async () => {
    await loadTasks();
    const task = taskTitled('Design conflict dialog');
    await fetch(`${API_BASE_URL}/tasks/${task.id}`, { method: 'PATCH', body: JSON.stringify({ version: 1, title: 'Design the conflict dialog' }) });
    await toggleDone(task.id);
    expect(task).toMatchObject({ title: 'Design the conflict dialog', status: 'in_review', version: 2 });
    expect(board.error).toBe('“Design the conflict dialog” was changed by someone else; this is their version.');
  });

});
