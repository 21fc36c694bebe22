import { queryOptions } from '@tanstack/react-query';
import { getStats, searchProjects } from './api';

// Kept forever: every search ever typed stays in memory.
export const projectSearch = (text: string) => queryOptions({ queryKey: ['projects', 'search', text], queryFn: () => searchProjects(text), gcTime: Infinity });

export const statsQuery = queryOptions({ queryKey: ['projects', 'proj_01', 'stats'], queryFn: () => getStats('proj_01') });
