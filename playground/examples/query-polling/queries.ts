import { queryOptions, type Query } from '@tanstack/react-query';
import type { ProjectStats } from '@/mocks/browser';
import { fetchProject, fetchProjectStats } from './api';

export const projectKeys = {
  all: ['projects'] as const,
  detail: (projectId: string) => [...projectKeys.all, projectId] as const,
  stats: (projectId: string) => [...projectKeys.detail(projectId), 'stats'] as const,
};

export const projectQuery = (projectId: string) =>
  queryOptions({
    queryKey: projectKeys.detail(projectId),
    queryFn: ({ signal }) => fetchProject(projectId, signal),
    staleTime: Infinity,
  });

/** Milliseconds until the next poll, or false to stop polling. */
export function nextPoll(query: Query<ProjectStats, Error, ProjectStats, readonly unknown[]>): number | false {
  // A finished project does not change any more.
  if (query.state.data?.completion === 1) return false;
  // The server is failing: ask less often rather than add to its trouble.
  return query.state.status === 'error' ? 30_000 : 5_000;
}

export const projectStatsQuery = (projectId: string, { live }: { live: boolean }) =>
  queryOptions({
    // `live` changes how often we ask, not what we get: it stays out of the key.
    queryKey: projectKeys.stats(projectId),
    queryFn: ({ signal }) => fetchProjectStats(projectId, signal),
    // Polls pause while the tab is hidden (refetchIntervalInBackground is false by default).
    refetchInterval: live ? nextPoll : false,
    // The next poll is the retry.
    retry: false,
  });
