import { atom } from 'jotai';
import { unwrap } from 'jotai/utils';
import { API_BASE_URL, type ListResponse, type Project } from '@/mocks/browser';

const projectsRequestAtom = atom(async (_get, { signal }) => {
  const response = await fetch(`${API_BASE_URL}/projects?limit=100&sort=name`, { signal });
  if (!response.ok) throw new Error(`GET /projects answered ${response.status}`);
  return ((await response.json()) as ListResponse<Project>).items;
});
projectsRequestAtom.debugLabel = 'projectsRequest';

/** The projects, or undefined while they load: a plain value, so the atoms below stay synchronous. */
export const projectsAtom = unwrap(projectsRequestAtom);
projectsAtom.debugLabel = 'projects';

export const searchAtom = atom('');
searchAtom.debugLabel = 'search';

export const visibleProjectsAtom = atom((get) => {
  const query = get(searchAtom).trim().toLowerCase();
  return get(projectsAtom)?.filter((project) => project.name.toLowerCase().includes(query));
});
visibleProjectsAtom.debugLabel = 'visibleProjects';

/** A number: equal results don't notify, so the counter renders only when the count changes. */
export const visibleCountAtom = atom((get) => get(visibleProjectsAtom)?.length ?? 0);
visibleCountAtom.debugLabel = 'visibleCount';
