import { create } from 'zustand';
import { devtools } from 'zustand/middleware';
import { API_BASE_URL, type ListResponse, type Project } from '@/mocks/browser';

interface ProjectState {
  projects: Project[];
  pageSize: number;
  status: 'idle' | 'fetching' | 'failed';
  load: () => Promise<void>;
  setPageSize: (pageSize: number) => void;
}

// create<ProjectState>()(…): the extra () lets TypeScript infer the middleware's types
// while you name the state's.
export const useProjectStore = create<ProjectState>()(
  devtools(
    (set) => ({
      projects: [],
      pageSize: 5,
      status: 'idle',
      load: async () => {
        set({ status: 'fetching' }, undefined, 'projects/load');
        const response = await fetch(`${API_BASE_URL}/projects?limit=10&sort=name`);
        if (!response.ok) return set({ status: 'failed' }, undefined, 'projects/failed');
        const page = (await response.json()) as ListResponse<Project>;
        set({ projects: page.items, status: 'idle' }, undefined, 'projects/loaded');
      },
      setPageSize: (pageSize) => set({ pageSize }, undefined, 'projects/pageSize'),
    }),
    { name: 'projects' },
  ),
);
