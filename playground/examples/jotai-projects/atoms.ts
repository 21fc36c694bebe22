import { atom, type Atom, type Getter } from 'jotai';
import { atomWithDefault, atomWithRefresh, unwrap } from 'jotai/utils';
import { PROJECT_STATUSES, type ListResponse, type Project, type ProjectStatus, type User } from '@/mocks/browser';
import { requestJson } from './api';

// Server data. An async atom fetches when it is first read; `unwrap` turns its promise into a
// plain value (undefined until the answer is in), so everything derived from it stays
// synchronous: typing in the search box recomputes a filter, it never waits on a promise.
// `atomWithRefresh`: setting the atom with no argument sends the request again (Try again).
const meRequestAtom = atomWithRefresh((_get, { signal }) => requestJson<User>('/me', { signal }));
meRequestAtom.debugLabel = 'meRequest';
const projectsRequestAtom = atomWithRefresh((_get, { signal }) =>
  requestJson<ListResponse<Project>>('/projects?limit=100', { signal }).then((page) => page.items),
);
projectsRequestAtom.debugLabel = 'projectsRequest';

// Once the promise has rejected, reading the unwrapped atom throws the error. Nothing above the
// list catches it (there is no error boundary), so it must not reach a component: these two
// atoms read it and answer "no data" and "this error" instead, and never throw.
const dataOf = <T>(get: Getter, unwrapped: Atom<T | undefined>): T | undefined => {
  try {
    return get(unwrapped);
  } catch {
    return undefined;
  }
};
const errorOf = (get: Getter, unwrapped: Atom<unknown>): string | null => {
  try {
    get(unwrapped);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
};

const unwrappedMeAtom = unwrap(meRequestAtom);
/** The signed-in user; undefined while /me loads, or if it failed. */
export const meAtom = atom((get) => dataOf(get, unwrappedMeAtom));
meAtom.debugLabel = 'me';
/** Why /me failed, or null. */
export const meErrorAtom = atom((get) => errorOf(get, unwrappedMeAtom));
meErrorAtom.debugLabel = 'meError';

const unwrappedProjectsAtom = unwrap(projectsRequestAtom);
const loadedProjectsAtom = atom((get) => dataOf(get, unwrappedProjectsAtom));
loadedProjectsAtom.debugLabel = 'loadedProjects';
/** Why /projects failed, or null. */
export const projectsErrorAtom = atom((get) => errorOf(get, unwrappedProjectsAtom));
projectsErrorAtom.debugLabel = 'projectsError';

/** Try again: a new GET /me. */
export const retryMeAtom = atom(null, (_get, set) => set(meRequestAtom));
retryMeAtom.debugLabel = 'retryMe';
/** Try again: a new GET /projects. */
export const retryProjectsAtom = atom(null, (_get, set) => set(projectsRequestAtom));
retryProjectsAtom.debugLabel = 'retryProjects';

/**
 * The projects as the server sent them, then as this user changed them (archive, delete).
 * `atomWithDefault` makes an atom that reads like a derived atom (here: the loaded list, so it
 * follows the request while it loads, fails or is retried) until something sets it. From then on
 * it holds what was set, like a primitive atom, and no longer follows the request.
 */
export const projectsAtom = atomWithDefault<Project[] | undefined>((get) => get(loadedProjectsAtom));
projectsAtom.debugLabel = 'projects';

// Primitive atoms: the list's controls. Each is its own unit of subscription.
export type StatusFilter = ProjectStatus | 'all';
export type ProjectSort = 'name' | 'recent' | 'status';

export const searchAtom = atom('');
searchAtom.debugLabel = 'search';
export const statusFilterAtom = atom<StatusFilter>('all');
statusFilterAtom.debugLabel = 'statusFilter';
export const sortAtom = atom<ProjectSort>('name');
sortAtom.debugLabel = 'sort';

const byName = (a: Project, b: Project) => a.name.localeCompare(b.name);
const COMPARE: Record<ProjectSort, (a: Project, b: Project) => number> = {
  name: byName,
  recent: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
  // Workflow order (planning first, archived last), not alphabetical.
  status: (a, b) => PROJECT_STATUSES.indexOf(a.status) - PROJECT_STATUSES.indexOf(b.status) || byName(a, b),
};

/** What the list shows. Derived from four atoms; recomputed only when one of them changes. */
export const visibleProjectsAtom = atom((get) => {
  const projects = get(projectsAtom);
  if (!projects) return undefined;
  const query = get(searchAtom).trim().toLowerCase();
  const status = get(statusFilterAtom);
  return projects
    .filter((project) => (status === 'all' || project.status === status) && project.name.toLowerCase().includes(query))
    .sort(COMPARE[get(sortAtom)]);
});
visibleProjectsAtom.debugLabel = 'visibleProjects';

// Permissions are data from GET /me. Until it answers, nobody may do anything.
/** Archive and restore: any role granted `projects:write`. */
export const canEditProjectsAtom = atom((get) => get(meAtom)?.permissions.includes('projects:write') ?? false);
canEditProjectsAtom.debugLabel = 'canEditProjects';
/** Deleting a project deletes its tasks and comments too: admins only. */
export const canDeleteProjectsAtom = atom((get) => get(meAtom)?.role === 'admin');
canDeleteProjectsAtom.debugLabel = 'canDeleteProjects';

// Write-only atoms: actions that talk to the server, then update the atoms above.
export const actionErrorAtom = atom<string | null>(null);
actionErrorAtom.debugLabel = 'actionError';

/** Archives a project, or restores an archived one; the list shows the server's answer. */
export const toggleArchivedAtom = atom(null, async (_get, set, project: Project) => {
  set(actionErrorAtom, null);
  try {
    const status = project.status === 'archived' ? 'active' : 'archived';
    const updated = await requestJson<Project>(`/projects/${project.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ version: project.version, status }),
    });
    set(projectsAtom, (projects) => projects?.map((p) => (p.id === updated.id ? updated : p)));
  } catch (error) {
    set(actionErrorAtom, `Could not update “${project.name}”: ${(error as Error).message}`);
  }
});
toggleArchivedAtom.debugLabel = 'toggleArchived';

export const deleteProjectAtom = atom(null, async (_get, set, project: Project) => {
  set(actionErrorAtom, null);
  try {
    await requestJson<void>(`/projects/${project.id}?version=${project.version}`, { method: 'DELETE' });
    set(projectsAtom, (projects) => projects?.filter((p) => p.id !== project.id));
  } catch (error) {
    set(actionErrorAtom, `Could not delete “${project.name}”: ${(error as Error).message}`);
  }
});
deleteProjectAtom.debugLabel = 'deleteProject';
