import { afterEach, describe, expect, it } from 'vitest';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { fetchBoard, selectBoardLoading, selectProjectIds, selectSelectedProjectId } from './projectsSlice';
import { makeStore } from './store';
import { saveTaskStatus, selectProjectProgress, selectSaveError, selectTaskById, selectTaskIdsByProject } from './tasksSlice';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { Provider } from 'react-redux';
import App from './App';
import meta from './meta';

let backend: MockBackend;
afterEach(() => backend.stop());

async function loadedStore() {
  backend = startMockBackend();
  const store = makeStore();
  await store.dispatch(fetchBoard());
  return store;
}

describe('normalized board', () => {
  it('stores the projects and their tasks by id, and selects the first project', async () => {
    const store = await loadedStore();
    const state = store.getState();
    expect(selectBoardLoading(state)).toBe('succeeded');
    expect(selectProjectIds(state)).toEqual(['proj_20', 'proj_09', 'proj_07', 'proj_24']);
    expect(selectSelectedProjectId(state)).toBe('proj_20');
    expect(state.projects.entities.proj_20?.name).toBe('Accessibility Cleanup');
    expect(state.tasks.ids).toHaveLength(71);
    for (const id of state.tasks.ids) expect(state.tasks.entities[id]?.id).toBe(id);
  });

  it('saving one task replaces that entity only: ids and every other task keep their references', async () => {
    const store = await loadedStore();
    const before = store.getState().tasks;
    const projectsBefore = store.getState().projects;
    const [id, otherId] = selectTaskIdsByProject(store.getState(), 'proj_20');
    const task = selectTaskById(store.getState(), id!);
    const status = task.status === 'done' ? 'todo' : 'done';

    await store.dispatch(saveTaskStatus({ task, status }));

    const after = store.getState().tasks;
    expect(after.entities[id!]).toMatchObject({ status, version: task.version + 1 });
    expect(after.entities[id!]).not.toBe(before.entities[id!]);
    expect(after.ids).toBe(before.ids);
    expect(after.entities[otherId!]).toBe(before.entities[otherId!]);
    expect(store.getState().projects).toBe(projectsBefore);
  });

  it('memoized selectors: the same ids array while the ids are the same; progress recomputed only after a change', async () => {
    const store = await loadedStore();
    const idsBefore = selectTaskIdsByProject(store.getState(), 'proj_20');
    const progressBefore = selectProjectProgress(store.getState(), 'proj_20');
    expect(selectProjectProgress(store.getState(), 'proj_20')).toBe(progressBefore);
    const task = selectTaskById(store.getState(), idsBefore[0]!);
    const status = task.status === 'done' ? 'in_progress' : 'done';

    await store.dispatch(saveTaskStatus({ task, status }));

    const state = store.getState();
    expect(selectTaskIdsByProject(state, 'proj_20')).toBe(idsBefore);
    const progressAfter = selectProjectProgress(state, 'proj_20');
    expect(progressAfter).toEqual({ done: progressBefore.done + (status === 'done' ? 1 : -1), total: progressBefore.total });
  });

  it('keeps the task as it was and reports the conflict when someone else saved it first (409)', async () => {
    const store = await loadedStore();
    const [id] = selectTaskIdsByProject(store.getState(), 'proj_20');
    const task = selectTaskById(store.getState(), id!);
    backend.secondUser.editNow({ entity: 'tasks', id: id! });

    const result = await store.dispatch(saveTaskStatus({ task, status: task.status === 'done' ? 'todo' : 'done' }));

    expect(saveTaskStatus.rejected.match(result)).toBe(true);
    expect(selectTaskById(store.getState(), id!)).toBe(task);
    expect(selectSaveError(store.getState())).toMatch(/version/);
  });

  it('shows the board as failed when the tasks cannot be loaded', async () => {
    backend = startMockBackend({ faults: { errorRate: { 'GET /tasks': 1 } } });
    const store = makeStore();
    await store.dispatch(fetchBoard());
    expect(selectBoardLoading(store.getState())).toBe('failed');
    expect(store.getState().tasks.ids).toEqual([]);
  });

  it('renders the first data the playground waits for', async () => {
    const store = await loadedStore();
    const html = renderToString(createElement(Provider, { store, children: createElement(App) }));
    expect(html).toContain(meta.firstData);
  });
});
