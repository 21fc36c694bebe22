import { QueryClient, queryOptions } from '@tanstack/react-query';
import { fetchProjectStats, fetchProjectTasks, HttpError } from './api';

export const projectKeys = {
  all: ['projects'] as const,
  stats: (projectId: string) => [...projectKeys.all, projectId, 'stats'] as const,
};

export const taskKeys = {
  all: ['tasks'] as const,
  lists: () => [...taskKeys.all, 'list'] as const,
  list: (projectId: string) => [...taskKeys.lists(), { projectId }] as const,
};

export const projectTasksQuery = (projectId: string) =>
  queryOptions({
    queryKey: taskKeys.list(projectId),
    queryFn: ({ signal }) => fetchProjectTasks(projectId, signal),
  });

export const projectStatsQuery = (projectId: string) =>
  queryOptions({
    queryKey: projectKeys.stats(projectId),
    queryFn: ({ signal }) => fetchProjectStats(projectId, signal),
  });

/**
 * Ask again after a network failure or a 5xx, twice at most. A 4xx (not found, invalid,
 * conflict) is the server's answer, and asking again would get the same one.
 */
export function retryTransientErrors(failureCount: number, error: Error): boolean {
  if (error instanceof HttpError && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: retryTransientErrors } },
  });
}
