import { atom } from 'jotai';
import { atomFamily } from 'jotai-family';
import { API_BASE_URL, type ListResponse, type Project, type ProjectStatus } from '@/mocks/browser';

/** Async: reading it gives a Promise<Project[]>, and useAtomValue unwraps it to Project[]. */
export const projectsAtom = atom(async (_get, { signal }) => {
  const response = await fetch(`${API_BASE_URL}/projects?limit=5&sort=name`, { signal });
  if (!response.ok) throw new Error(`GET /projects answered ${response.status}`);
  const page = (await response.json()) as ListResponse<Project>;
  return page.items;
});

/** The type argument says what the atom may hold; `atom('all')` alone would be a plain string. */
export const statusFilterAtom = atom<ProjectStatus | 'all'>('all');

/** Writable derived: read as a boolean, written with a boolean (the third parameter's type). */
export const activeOnlyAtom = atom(
  (get) => get(statusFilterAtom) === 'active',
  (_get, set, activeOnly: boolean) => set(statusFilterAtom, activeOnly ? 'active' : 'all'),
);

/** One atom per project id: the parameter's type is the family's key type. */
export const projectNameAtom = atomFamily((projectId: string) =>
  atom(async (get) => (await get(projectsAtom)).find((project) => project.id === projectId)?.name ?? 'Unknown project'),
);
