import { queryOptions, replaceEqualDeep } from '@tanstack/react-query';
import type { Task } from '@/mocks/browser';
import { fetchProjectTasks } from './api';

export const taskKeys = {
  all: ['tasks'] as const,
  lists: () => [...taskKeys.all, 'list'] as const,
  list: (projectId: string) => [...taskKeys.lists(), { projectId }] as const,
};

export const projectTasksQuery = (projectId: string) =>
  queryOptions({
    queryKey: taskKeys.list(projectId),
    queryFn: ({ signal }) => fetchProjectTasks(projectId, signal),
    // The socket keeps this list current, so age alone is no reason to refetch (on mount,
    // focus or reconnect). Invalidation still refetches: see taskUpdates.ts.
    staleTime: Infinity,
    // An answer reflects the server when it read the list; a push may have come after that.
    // Keep the newer copy of each task, then share what didn't change, as Query does by default.
    structuralSharing: (cached, fetched) =>
      replaceEqualDeep(cached, keepNewerTasks(cached as Task[] | undefined, fetched as Task[])),
  });

/** The fetched list, with each task the cache already has in a newer version kept as cached. */
export function keepNewerTasks(cached: Task[] | undefined, fetched: Task[]): Task[] {
  const cachedById = new Map(cached?.map((task) => [task.id, task]));
  return fetched.map((task) => {
    const mine = cachedById.get(task.id);
    return mine && mine.version > task.version ? mine : task;
  });
}

/** For `select`: the most recently changed task first. Defined once, so its result is memoized. */
export function newestFirst(tasks: Task[]): Task[] {
  return tasks.toSorted((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
