import { afterEach, describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { Provider } from 'react-redux';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { boardApi, saveKey, selectProjectProgress, selectTaskIdsByProject, tasksOf } from './boardApi';
import { projectSelected, selectSelectedProjectId } from './projectsSlice';
import { makeStore, type AppStore } from './store';
import { TaskRow } from './TaskRow';
import App from './App';
import meta from './meta';

let backend: MockBackend;
let store: AppStore;
afterEach(() => {
  store.dispatch(boardApi.util.resetApiState());
  backend.stop();
});

async function loadedStore(options: Parameters<typeof startMockBackend>[0] = {}) {
  backend = startMockBackend(options);
  store = makeStore();
  await store.dispatch(boardApi.endpoints.getBoard.initiate());
  return store;
}

const board = () => boardApi.endpoints.getBoard.select()(store.getState()).data!;
const task = (id: string) => board().tasks.entities[id]!;
const save = (id: string, status: 'todo' | 'in_progress' | 'done') =>
  store.dispatch(boardApi.endpoints.updateTaskStatus.initiate({ task: task(id), status }, { fixedCacheKey: saveKey(id) }));
const otherStatus = (id: string) => (task(id).status === 'done' ? 'todo' : 'done');

describe('normalized board in the RTK Query cache', () => {
  it('stores the projects and their tasks by id (two requests, one entry), sorted by title', async () => {
    await loadedStore();
    const { projects, tasks } = board();
    expect(projects.ids).toEqual(['proj_20', 'proj_09', 'proj_07', 'proj_24']);
    expect(projects.entities.proj_20?.name).toBe('Accessibility Cleanup');
    expect(tasks.ids).toHaveLength(71);
    for (const id of tasks.ids) expect(tasks.entities[id]?.id).toBe(id);
    const titles = tasks.ids.map((id) => tasks.entities[id]!.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
  });

  it('selecting a project is client state: a slice, no request', async () => {
    await loadedStore();
    expect(selectSelectedProjectId(store.getState())).toBeNull();
    const cacheBefore = store.getState().boardApi;
    store.dispatch(projectSelected('proj_09'));
    expect(selectSelectedProjectId(store.getState())).toBe('proj_09');
    expect(store.getState().boardApi).toBe(cacheBefore);
  });

  it('saving one task replaces that entity only: ids, every other task and the projects keep their references', async () => {
    await loadedStore();
    const before = board();
    const [id, otherId] = selectTaskIdsByProject(before.tasks, 'proj_20');
    const status = otherStatus(id!);
    const version = task(id!).version;

    await save(id!, status).unwrap();

    const after = board();
    expect(after.tasks.entities[id!]).toMatchObject({ status, version: version + 1 });
    expect(after.tasks.entities[id!]).not.toBe(before.tasks.entities[id!]);
    expect(after.tasks.ids).toBe(before.tasks.ids);
    expect(after.tasks.entities[otherId!]).toBe(before.tasks.entities[otherId!]);
    expect(after.projects).toBe(before.projects);
  });

  it('memoized selectors: the same ids array while the ids are the same; progress recomputed only after a change', async () => {
    await loadedStore();
    const idsBefore = selectTaskIdsByProject(tasksOf(board()), 'proj_20');
    const progressBefore = selectProjectProgress(tasksOf(board()), 'proj_20');
    expect(selectProjectProgress(tasksOf(board()), 'proj_20')).toBe(progressBefore);
    const status = task(idsBefore[0]!).status === 'done' ? 'in_progress' : 'done';

    await save(idsBefore[0]!, status).unwrap();

    expect(selectTaskIdsByProject(tasksOf(board()), 'proj_20')).toBe(idsBefore);
    expect(selectProjectProgress(tasksOf(board()), 'proj_20')).toEqual({
      done: progressBefore.done + (status === 'done' ? 1 : -1),
      total: progressBefore.total,
    });
  });

  it('keeps the task as it was and says why when someone else saved it first (409)', async () => {
    await loadedStore();
    const [id] = selectTaskIdsByProject(board().tasks, 'proj_20');
    const before = task(id!);
    backend.secondUser.editNow({ entity: 'tasks', id: id! });

    const result = await save(id!, otherStatus(id!));

    expect(result.error).toMatchObject({ status: 409 });
    expect(task(id!)).toBe(before);
    const html = renderToString(createElement(Provider, { store, children: createElement(TaskRow, { id: id! }) }));
    expect(html).toMatch(/role="alert"> Not saved: .*version/);
  });

  it('disables a row’s status while its save is on its way, so a second change can’t send the old version', async () => {
    await loadedStore({ faults: { latency: 200 } });
    const [id] = selectTaskIdsByProject(board().tasks, 'proj_20');
    const row = () => renderToString(createElement(Provider, { store, children: createElement(TaskRow, { id: id! }) }));
    expect(row()).not.toMatch(/<select[^>]*disabled/);

    const saving = save(id!, otherStatus(id!));
    expect(row()).toMatch(/<select[^>]*disabled/);
    await saving.unwrap();
    expect(row()).not.toMatch(/<select[^>]*disabled/);
  });

  it('shows the board as failed when the tasks cannot be loaded', async () => {
    await loadedStore({ faults: { errorRate: { 'GET /tasks': 1 } } });
    expect(boardApi.endpoints.getBoard.select()(store.getState()).isError).toBe(true);
    const html = renderToString(createElement(Provider, { store, children: createElement(App) }));
    expect(html).toContain('Could not load the board.');
  });

  it('renders the first data the playground waits for, with the first project selected', async () => {
    await loadedStore();
    const html = renderToString(createElement(Provider, { store, children: createElement(App) }));
    expect(html).toContain(meta.firstData);
    expect(html).toMatch(/aria-pressed="true">Accessibility Cleanup/);
  });
});
