import { atom, createStore } from 'jotai';
import { atomWithStorage } from 'jotai/utils';
import { API_BASE_URL, type ListResponse, type Project } from '@/mocks/browser';
import { validatedStorage } from './validatedStorage';

export const store = createStore();

/** A problem with saved data, for the notice. */
export const storageNoticeAtom = atom<string | null>(null);
storageNoticeAtom.debugLabel = 'storageNotice';
const report = (message: string) => store.set(storageNoticeAtom, message);

// Not persisted: the projects are the server's, and it has the fresh copy.
export const projectsAtom = atom(async (_get, { signal }) => {
  const response = await fetch(`${API_BASE_URL}/projects?limit=8&sort=name`, { signal });
  return ((await response.json()) as ListResponse<Project>).items;
});
projectsAtom.debugLabel = 'projects';

const isIdList = (value: unknown): value is string[] => Array.isArray(value) && value.every((id) => typeof id === 'string');

// Persisted: the reader's choices. IDs only, never copies of the projects they point to.
export const starredIdsAtom = atomWithStorage<string[]>('projects.starred', [], validatedStorage(isIdList, report), { getOnInit: true });
starredIdsAtom.debugLabel = 'starredIds';

export type Density = 'comfortable' | 'compact';
const isDensity = (value: unknown): value is Density => value === 'comfortable' || value === 'compact';
export const densityAtom = atomWithStorage<Density>('projects.density', 'comfortable', validatedStorage(isDensity, report), { getOnInit: true });
densityAtom.debugLabel = 'density';
