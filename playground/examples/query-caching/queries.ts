import { queryOptions } from '@tanstack/react-query';
import { fetchCurrentUser, fetchProjects, fetchProjectTasks, fetchTask } from './api';

// One place builds every key. Keys are hierarchical, so a prefix reaches a whole family:
// taskKeys.all matches every task query, taskKeys.lists() every task list.
export const userKeys = {
  me: () => ['users', 'me'] as const,
};

export const projectKeys = {
  all: ['projects'] as const,
  list: () => [...projectKeys.all, 'list'] as const,
};

export const taskKeys = {
  all: ['tasks'] as const,
  lists: () => [...taskKeys.all, 'list'] as const,
  list: (projectId: string) => [...taskKeys.lists(), { projectId }] as const,
  details: () => [...taskKeys.all, 'detail'] as const,
  detail: (taskId: string) => [...taskKeys.details(), taskId] as const,
};

// Who is signed in does not change during a session: never refetched, not even when invalidated.
export const currentUserQuery = () =>
  queryOptions({
    queryKey: userKeys.me(),
    queryFn: ({ signal }) => fetchCurrentUser(signal),
    staleTime: 'static',
  });

// Cache-first: projects are rarely renamed. Fetched once, then served from the cache
// until something invalidates them (after a rename, say).
export const projectListQuery = () =>
  queryOptions({
    queryKey: projectKeys.list(),
    queryFn: ({ signal }) => fetchProjects(signal),
    staleTime: Infinity,
  });

// Stale-while-revalidate: fresh for 10 s. Coming back later shows the cached list at once
// and refetches behind it. Kept 30 s after the last component using it goes away.
export const projectTasksQuery = (projectId: string) =>
  queryOptions({
    queryKey: taskKeys.list(projectId),
    queryFn: ({ signal }) => fetchProjectTasks(projectId, signal),
    staleTime: 10_000,
    gcTime: 30_000,
  });

// Network-first: the details panel asks the server every time it opens, however young the
// cached copy. Within a minute, focusing the window or reconnecting does not refetch.
export const taskDetailQuery = (taskId: string) =>
  queryOptions({
    queryKey: taskKeys.detail(taskId),
    queryFn: ({ signal }) => fetchTask(taskId, signal),
    staleTime: 60_000,
    refetchOnMount: 'always',
  });
