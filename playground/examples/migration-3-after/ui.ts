import { useQuery } from '@tanstack/react-query';
import { atom, useAtomValue } from 'jotai';
import type { Project } from '@/mocks/browser';
import { projectsQuery } from './queries';

/** The project the user picked: read by the picker in the header and by the list, far apart in the tree. */
export const selectedProjectIdAtom = atom<string | null>(null);
selectedProjectIdAtom.debugLabel = 'selectedProjectId';

/** The project the user picked, or else the first one. */
export function findSelectedProject(projects: Project[] | undefined, selectedProjectId: string | null): Project | undefined {
  return projects?.find((project) => project.id === selectedProjectId) ?? projects?.[0];
}

/** The project the list shows. Nothing stores "the first project": it follows from the cached list. */
export function useSelectedProject(): Project | undefined {
  const { data: projects } = useQuery(projectsQuery());
  return findSelectedProject(projects, useAtomValue(selectedProjectIdAtom));
}
