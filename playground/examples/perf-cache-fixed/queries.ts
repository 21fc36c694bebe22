import { queryOptions } from '@tanstack/react-query';
import { getStats, searchProjects } from './api';

// A search nobody shows any more is dropped a minute later.
export const projectSearch = (text: string) => queryOptions({ queryKey: ['projects', 'search', text], queryFn: () => searchProjects(text), gcTime: 60_000 });

// Polls only while a component shows the stats.
export const statsQuery = queryOptions({ queryKey: ['projects', 'proj_01', 'stats'], queryFn: () => getStats('proj_01'), refetchInterval: 1_000 });
