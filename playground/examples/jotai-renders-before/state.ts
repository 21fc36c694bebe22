import { atom } from 'jotai';
import { atomWithStorage, unwrap } from 'jotai/utils';
import { API_BASE_URL, type ListResponse, type Project } from '@/mocks/browser';

export type Density = 'comfortable' | 'compact';

/** Everything the page's controls hold, in one object: easy to persist, reset and log. */
export interface ProjectsPage {
  search: string;
  density: Density;
  starredIds: string[];
}

export const projectsPageAtom = atomWithStorage<ProjectsPage>(
  'projects.page',
  { search: '', density: 'comfortable', starredIds: [] },
  undefined,
  { getOnInit: true },
);
projectsPageAtom.debugLabel = 'projectsPage';

const projectsRequestAtom = atom(async (_get, { signal }) => {
  const response = await fetch(`${API_BASE_URL}/projects?limit=100&sort=name`, { signal });
  if (!response.ok) throw new Error(`GET /projects answered ${response.status}`);
  return ((await response.json()) as ListResponse<Project>).items;
});
projectsRequestAtom.debugLabel = 'projectsRequest';

export const projectsAtom = unwrap(projectsRequestAtom);
projectsAtom.debugLabel = 'projects';

export function matchingProjects(projects: Project[], search: string): Project[] {
  const query = search.trim().toLowerCase();
  return projects.filter((project) => project.name.toLowerCase().includes(query));
}

export function toggleStarred(page: ProjectsPage, projectId: string): ProjectsPage {
  const starredIds = page.starredIds.includes(projectId)
    ? page.starredIds.filter((id) => id !== projectId)
    : [...page.starredIds, projectId];
  return { ...page, starredIds };
}
