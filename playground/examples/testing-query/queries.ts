import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Task, TaskStatus } from '@/mocks/browser';
import { fetchProjectTasks, updateTaskStatus } from './api';

export const tasksQuery = (projectId: string) =>
  queryOptions({ queryKey: ['projects', projectId, 'tasks'], queryFn: () => fetchProjectTasks(projectId) });

interface Variables {
  task: Task;
  status: TaskStatus;
}

/** Shows the new status at once; puts the old list back if the server refuses. */
export function setStatusMutation(client: QueryClient) {
  return {
    mutationFn: ({ task, status }: Variables) => updateTaskStatus(task, status),
    onMutate: async ({ task, status }: Variables) => {
      const key = tasksQuery(task.projectId).queryKey;
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData(key);
      client.setQueryData(key, (tasks) => tasks?.map((t) => (t.id === task.id ? { ...t, status } : t)));
      return { previous };
    },
    onError: (_error: Error, { task }: Variables, context: { previous?: Task[] } | undefined) => {
      client.setQueryData(tasksQuery(task.projectId).queryKey, context?.previous);
    },
    onSuccess: (saved: Task) => {
      client.setQueryData(tasksQuery(saved.projectId).queryKey, (tasks) => tasks?.map((t) => (t.id === saved.id ? saved : t)));
    },
  };
}
