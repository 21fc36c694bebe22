import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore, type Atom } from 'jotai/vanilla';
import { startMockBackend, type MockBackend, type Role } from '@/mocks/node';
import {
  actionErrorAtom,
  canDeleteProjectsAtom,
  canEditProjectsAtom,
  deleteProjectAtom,
  meAtom,
  meErrorAtom,
  projectsAtom,
  projectsErrorAtom,
  retryMeAtom,
  retryProjectsAtom,
  searchAtom,
  sortAtom,
  statusFilterAtom,
  toggleArchivedAtom,
  visibleProjectsAtom,
} from './atoms';

type Store = ReturnType<typeof createStore>;

let backend: MockBackend;
let store: Store;
beforeEach(() => {
  backend = startMockBackend();
  store = createStore();
});
afterEach(() => backend.stop());

/** Reads an unwrapped atom until its request has answered. */
function loaded<T>(anAtom: Atom<T | undefined>): Promise<T> {
  return vi.waitFor(() => {
    const value = store.get(anAtom);
    if (value === undefined) throw new Error('still loading');
    return value;
  });
}

const names = (projects: { name: string }[]) => projects.map((project) => project.name);

/** Signs the current user in with another role (the API reads roles from its data). */
function signInAs(role: Role) {
  const me = backend.db.get('users', backend.db.currentUserId)!;
  backend.db.update('users', me.id, me.version, { role }, { actor: backend.db.actor(me.id) });
}

describe('derived project list', () => {
  it('shows every project, sorted by name, once GET /projects has answered', async () => {
    expect(store.get(visibleProjectsAtom)).toBeUndefined();
    const projects = await loaded(visibleProjectsAtom);
    expect(projects).toHaveLength(24);
    expect(projects[0]!.name).toBe('Accessibility Cleanup');
    expect(names(projects)).toEqual([...names(projects)].sort((a, b) => a.localeCompare(b)));
  });

  it('filters by search text (any case) and status together', async () => {
    await loaded(visibleProjectsAtom);
    store.set(searchAtom, '  cleanup ');
    expect(names(store.get(visibleProjectsAtom)!)).toEqual([
      'Accessibility Cleanup',
      'Billing Cleanup',
      'Calendar Cleanup',
      'Inbox Cleanup',
      'Reporting Cleanup',
      'Search Cleanup',
    ]);
    store.set(statusFilterAtom, 'on_hold');
    expect(names(store.get(visibleProjectsAtom)!)).toEqual(['Accessibility Cleanup', 'Calendar Cleanup']);
    store.set(searchAtom, 'no such project');
    expect(store.get(visibleProjectsAtom)).toEqual([]);
  });

  it('sorts by status in workflow order, and by last update, newest first', async () => {
    await loaded(visibleProjectsAtom);
    store.set(sortAtom, 'status');
    const statuses = store.get(visibleProjectsAtom)!.map((project) => project.status);
    expect(statuses[0]).toBe('planning');
    expect(statuses.at(-1)).toBe('archived');
    expect(statuses.indexOf('completed')).toBeGreaterThan(statuses.lastIndexOf('on_hold'));
    store.set(sortAtom, 'recent');
    const updated = store.get(visibleProjectsAtom)!.map((project) => project.updatedAt);
    expect(updated).toEqual([...updated].sort().reverse());
  });

  it('recomputes only when an atom it reads changes', async () => {
    await loaded(visibleProjectsAtom);
    const listener = vi.fn();
    const unsubscribe = store.sub(visibleProjectsAtom, listener);
    const before = store.get(visibleProjectsAtom);
    store.set(actionErrorAtom, 'unrelated');
    expect(store.get(visibleProjectsAtom)).toBe(before);
    expect(listener).not.toHaveBeenCalled();
    store.set(searchAtom, 'v2');
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
  });
});

describe('a failed load', () => {
  /** Waits until an error atom reports a failure. */
  const failed = (errorAtom: Atom<string | null>) =>
    vi.waitFor(() => {
      const error = store.get(errorAtom);
      if (error === null) throw new Error('not failed yet');
      return error;
    });

  it('says why GET /projects failed, throws nowhere, and loads the list on Try again', async () => {
    backend.faults.set({ errorRate: { 'GET /projects': 1 } });
    expect(await failed(projectsErrorAtom)).toMatch(/^Internal server error/);
    // What the components read: none of it throws, so nothing unmounts the page.
    expect(store.get(visibleProjectsAtom)).toBeUndefined();
    expect(store.get(projectsAtom)).toBeUndefined();

    backend.faults.set({ errorRate: {} });
    store.set(retryProjectsAtom);
    expect(store.get(projectsErrorAtom)).toBeNull();
    expect(await loaded(visibleProjectsAtom)).toHaveLength(24);
  });

  it('says why GET /me failed, grants nothing, and signs in on Try again', async () => {
    backend.faults.set({ offline: true });
    expect(await failed(meErrorAtom)).toMatch(/could not be reached/);
    expect(store.get(meAtom)).toBeUndefined();
    expect(store.get(canEditProjectsAtom)).toBe(false);
    expect(store.get(canDeleteProjectsAtom)).toBe(false);

    backend.faults.set({ offline: false });
    store.set(retryMeAtom);
    expect((await loaded(meAtom)).role).toBe('admin');
    expect(store.get(meErrorAtom)).toBeNull();
    expect(store.get(canDeleteProjectsAtom)).toBe(true);
  });
});

describe('permissions from GET /me', () => {
  it('grants nothing until /me has answered', () => {
    expect(store.get(canEditProjectsAtom)).toBe(false);
    expect(store.get(canDeleteProjectsAtom)).toBe(false);
  });

  it.each<[Role, boolean, boolean]>([
    ['admin', true, true],
    ['member', true, false],
    ['viewer', false, false],
  ])('a signed-in %s may archive: %s, may delete: %s', async (role, canEdit, canDelete) => {
    signInAs(role);
    expect((await loaded(meAtom)).role).toBe(role);
    expect(store.get(canEditProjectsAtom)).toBe(canEdit);
    expect(store.get(canDeleteProjectsAtom)).toBe(canDelete);
  });
});

describe('actions', () => {
  const find = (name: string) => store.get(projectsAtom)!.find((project) => project.name === name)!;

  it('archives with the version it was based on and shows the server’s answer', async () => {
    await loaded(visibleProjectsAtom);
    const project = find('Admin Console Revamp');
    await store.set(toggleArchivedAtom, project);
    const archived = find('Admin Console Revamp');
    expect(archived.status).toBe('archived');
    expect(archived.version).toBe(project.version + 1);
    expect(backend.db.get('projects', project.id)!.status).toBe('archived');
    await store.set(toggleArchivedAtom, archived);
    expect(find('Admin Console Revamp').status).toBe('active');
  });

  it('keeps the list as it was and says why when the server answers 500', async () => {
    await loaded(visibleProjectsAtom);
    backend.faults.set({ errorRate: { 'PATCH /projects/:id': 1 } });
    const project = find('Admin Console Revamp');
    await store.set(toggleArchivedAtom, project);
    expect(find('Admin Console Revamp')).toBe(project);
    expect(store.get(actionErrorAtom)).toMatch(/Could not update “Admin Console Revamp”: Internal server error/);
  });

  it('says the server could not be reached when offline', async () => {
    await loaded(visibleProjectsAtom);
    backend.faults.set({ offline: true });
    await store.set(deleteProjectAtom, find('Search Pilot'));
    expect(store.get(actionErrorAtom)).toMatch(/Could not delete “Search Pilot”: The server could not be reached/);
    expect(store.get(visibleProjectsAtom)).toHaveLength(24);
  });

  it('reports a version conflict instead of overwriting someone else’s change', async () => {
    await loaded(visibleProjectsAtom);
    const project = find('Search Pilot');
    backend.db.update('projects', project.id, project.version, { name: 'Search Pilot 2' }, { actor: backend.db.actor('user_02') });
    await store.set(toggleArchivedAtom, project);
    expect(store.get(actionErrorAtom)).toMatch(/Could not update “Search Pilot”/);
    expect(backend.db.get('projects', project.id)!.status).toBe('active');
  });

  it('deletes a project and drops it from the list', async () => {
    await loaded(visibleProjectsAtom);
    await store.set(deleteProjectAtom, find('Search Pilot'));
    expect(names(store.get(visibleProjectsAtom)!)).not.toContain('Search Pilot');
    expect(store.get(actionErrorAtom)).toBeNull();
  });
});
