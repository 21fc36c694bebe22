import { mutationOptions } from '@tanstack/react-query';
import type { Task } from '@/mocks/browser';
import { updateTask, type TaskChanges } from './api';
import { projectKeys, projectTasksQuery, retryTransientErrors, taskKeys } from './queries';

export interface UpdateTaskVariables {
  task: Task;
  changes: TaskChanges;
}

export const updateTaskKey = [...taskKeys.all, 'update'] as const;

export const updateTaskMutation = () =>
  mutationOptions({
    mutationKey: updateTaskKey,
    mutationFn: ({ task, changes }: UpdateTaskVariables) => updateTask(task.id, task.version, changes),
    // Safe to repeat: the PATCH carries the version it is based on, so a repeat of a change
    // that did go through is refused (409) instead of applied twice.
    retry: retryTransientErrors,
    // Edits run one after another, each still shown at once: the next waits for the one before
    // to settle, so no refetch can land between them and undo an edit still on its way.
    scope: { id: 'task-edits' },

    onMutate: async ({ task, changes }, { client }) => {
      const { queryKey } = projectTasksQuery(task.projectId);
      // A refetch already on its way would land after the optimistic edit and erase it.
      await client.cancelQueries({ queryKey });
      const previous = client.getQueryData(queryKey)?.find((t) => t.id === task.id);
      client.setQueryData(queryKey, (tasks) => tasks?.map((t) => (t.id === task.id ? { ...t, ...changes } : t)));
      return { previous };
    },

    onError: (_error, { task }, onMutateResult, { client }) => {
      const previous = onMutateResult?.previous;
      if (!previous) return;
      // Put back this task only: edits to other tasks made meanwhile stay.
      client.setQueryData(projectTasksQuery(task.projectId).queryKey, (tasks) =>
        tasks?.map((t) => (t.id === previous.id ? previous : t)),
      );
    },

    onSuccess: (saved, { task }, _onMutateResult, { client }) => {
      // The server's copy, with the new version, so the next edit is based on it.
      client.setQueryData(projectTasksQuery(task.projectId).queryKey, (tasks) =>
        tasks?.map((t) => (t.id === saved.id ? saved : t)),
      );
    },

    onSettled: (_saved, _error, { task }, _onMutateResult, { client }) => {
      // Edits still queued would be undone on screen by a list fetched before they are saved:
      // the last edit to settle refetches for all.
      if (client.isMutating({ mutationKey: updateTaskKey }) > 1) return;
      // Selective: this project's tasks and the stats the server derives from them. Returning
      // the promise keeps the mutation pending until the fresh data is in.
      return Promise.all([
        client.invalidateQueries({ queryKey: taskKeys.list(task.projectId) }),
        client.invalidateQueries({ queryKey: projectKeys.stats(task.projectId) }),
      ]);
    },
  });
