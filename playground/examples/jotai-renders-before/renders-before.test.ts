import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'jotai/vanilla';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { matchingProjects, projectsAtom, projectsPageAtom, toggleStarred } from './state';

let backend: MockBackend;
let store: ReturnType<typeof createStore>;
beforeEach(() => {
  backend = startMockBackend();
  store = createStore();
});
afterEach(() => backend.stop());

const loadedProjects = () =>
  vi.waitFor(() => {
    const projects = store.get(projectsAtom);
    if (!projects) throw new Error('still loading');
    return projects;
  });

describe('one object atom for the whole page', () => {
  it('notifies every subscriber on every change, whatever part of the object it uses', () => {
    const readsDensityOnly = vi.fn();
    store.sub(projectsPageAtom, readsDensityOnly);
    store.set(projectsPageAtom, (page) => ({ ...page, search: 'p' }));
    store.set(projectsPageAtom, (page) => toggleStarred(page, 'proj_04'));
    expect(store.get(projectsPageAtom).density).toBe('comfortable');
    expect(readsDensityOnly).toHaveBeenCalledTimes(2);
  });

  it('stars and unstars a project', () => {
    const page = { search: '', density: 'comfortable' as const, starredIds: ['proj_01'] };
    expect(toggleStarred(page, 'proj_04').starredIds).toEqual(['proj_01', 'proj_04']);
    expect(toggleStarred(page, 'proj_01').starredIds).toEqual([]);
  });

  it('filters the projects from GET /projects by name', async () => {
    const projects = await loadedProjects();
    expect(projects).toHaveLength(24);
    expect(matchingProjects(projects, ' PILOT').map((project) => project.name)).toEqual([
      'Billing Pilot',
      'Notifications Pilot',
      'Search Pilot',
    ]);
  });

  it('throws the request’s error when GET /projects fails', async () => {
    backend.faults.set({ errorRate: { 'GET /projects': 1 } });
    await vi.waitFor(() => expect(() => store.get(projectsAtom)).toThrow('GET /projects answered 500'));
  });
});
