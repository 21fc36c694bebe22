import { mutationOptions, queryOptions, skipToken } from '@tanstack/react-query';
import type { Task } from '@/mocks/browser';
import { fetchProjects, fetchProjectTasks, patchTaskStatus } from './api';

// A list fetched less than a minute ago is served from the cache, with no request. (Without
// it, TanStack Query shows the cached list at once and refetches it behind the scenes.)
const FRESH_FOR = 60_000;

export const projectsQuery = () =>
  queryOptions({
    queryKey: ['projects'],
    queryFn: fetchProjects,
    staleTime: FRESH_FOR,
  });

export const projectTasksQuery = (projectId: string | undefined) =>
  queryOptions({
    queryKey: ['tasks', { projectId }],
    queryFn: projectId ? () => fetchProjectTasks(projectId) : skipToken,
    staleTime: FRESH_FOR,
  });

export const markDoneMutation = () =>
  mutationOptions({
    mutationFn: (task: Task) => patchTaskStatus(task, 'done'),
    // The server answers with the saved task: put it in the cached list instead of fetching the list again.
    onSuccess: (saved, _task, _onMutateResult, { client }) => {
      client.setQueryData(projectTasksQuery(saved.projectId).queryKey, (tasks) =>
        tasks?.map((task) => (task.id === saved.id ? saved : task)),
      );
    },
  });
