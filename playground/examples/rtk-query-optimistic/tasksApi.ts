import { createApi, fetchBaseQuery, type FetchBaseQueryError } from '@reduxjs/toolkit/query/react';
import { API_BASE_URL, type ConflictErrorBody, type ListResponse, type ProjectStats, type Task } from '@/mocks/browser';

export type TaskChanges = Partial<Pick<Task, 'title' | 'status' | 'priority' | 'assigneeId'>>;

export interface UpdateTaskArgs {
  task: Pick<Task, 'id' | 'projectId' | 'version'>;
  changes: TaskChanges;
}

/** A 409 from `PATCH /tasks/:id` carries the task as the server has it now. */
function conflictingTask(error: unknown): Task | undefined {
  const { status, data } = error as FetchBaseQueryError;
  return status === 409 ? (data as ConflictErrorBody<Task>).current : undefined;
}

export const tasksApi = createApi({
  reducerPath: 'tasksApi',
  baseQuery: fetchBaseQuery({ baseUrl: API_BASE_URL }),
  tagTypes: ['ProjectTasks', 'ProjectStats'],
  endpoints: (build) => ({
    getTasks: build.query<Task[], string>({
      query: (projectId) => ({ url: '/tasks', params: { projectId, sort: 'title', limit: 100 } }),
      transformResponse: (response: ListResponse<Task>) => response.items,
      providesTags: (_tasks, _error, projectId) => [{ type: 'ProjectTasks', id: projectId }],
    }),
    getProjectStats: build.query<ProjectStats, string>({
      query: (projectId) => `/projects/${projectId}/stats`,
      providesTags: (_stats, _error, projectId) => [{ type: 'ProjectStats', id: projectId }],
    }),
    updateTask: build.mutation<Task, UpdateTaskArgs>({
      query: ({ task, changes }) => ({ url: `/tasks/${task.id}`, method: 'PATCH', body: { version: task.version, ...changes } }),
      // Only a saved change makes the server's stats stale; a failed one changed nothing.
      invalidatesTags: (saved) => (saved ? [{ type: 'ProjectStats', id: saved.projectId }] : []),
      async onQueryStarted({ task, changes }, { dispatch, queryFulfilled }) {
        const replaceTask = (next: Task) =>
          tasksApi.util.updateQueryData('getTasks', task.projectId, (tasks) => {
            const index = tasks.findIndex((t) => t.id === next.id);
            if (index !== -1) tasks[index] = next;
          });

        // Show the change at once, before the server has answered.
        const patchResult = dispatch(
          tasksApi.util.updateQueryData('getTasks', task.projectId, (tasks) => {
            const cached = tasks.find((t) => t.id === task.id);
            if (cached) Object.assign(cached, changes);
          }),
        );
        try {
          // The saved task has the new version: the next edit must be based on it.
          const { data: saved } = await queryFulfilled;
          dispatch(replaceTask(saved));
        } catch (rejection) {
          patchResult.undo();
          // Someone saved first: show their version, so the next edit starts from it.
          const current = conflictingTask((rejection as { error: unknown }).error);
          if (current) dispatch(replaceTask(current));
        }
      },
    }),
  }),
});

export const { useGetTasksQuery, useGetProjectStatsQuery, useUpdateTaskMutation } = tasksApi;
