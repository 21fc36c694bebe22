import { createSelector } from '@reduxjs/toolkit';
import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query/react';
import { API_BASE_URL, type ListResponse, type ProjectStats, type Task, type TaskStatus } from '@/mocks/browser';
import type { StatusFilter } from './filterSlice';

/** Server state: a project's tasks and the counts the server derives from them. */
export const tasksApi = createApi({
  reducerPath: 'tasksApi',
  baseQuery: fetchBaseQuery({ baseUrl: API_BASE_URL }),
  tagTypes: ['ProjectStats'],
  endpoints: (build) => ({
    getTasks: build.query<Task[], string>({
      query: (projectId) => ({ url: '/tasks', params: { projectId, sort: 'title', limit: 100 } }),
      transformResponse: (page: ListResponse<Task>) => page.items,
    }),
    getProjectStats: build.query<ProjectStats, string>({
      query: (projectId) => `/projects/${projectId}/stats`,
      providesTags: (_stats, _error, projectId) => [{ type: 'ProjectStats', id: projectId }],
    }),
    /** Saves a new status; the answer (the saved task) replaces it in the cached list. */
    updateTaskStatus: build.mutation<Task, { task: Task; status: TaskStatus }>({
      query: ({ task, status }) => ({ url: `/tasks/${task.id}`, method: 'PATCH', body: { version: task.version, status } }),
      // No `invalidatesTags` for the stats: a listener refetches them, once per burst of saves.
      async onQueryStarted({ task }, { dispatch, queryFulfilled }) {
        try {
          const { data: saved } = await queryFulfilled;
          dispatch(
            tasksApi.util.updateQueryData('getTasks', task.projectId, (tasks) => {
              const index = tasks.findIndex((t) => t.id === saved.id);
              if (index !== -1) tasks[index] = saved;
            }),
          );
        } catch {
          // Refused: the list keeps the task as it was.
        }
      },
    }),
  }),
});

export const { useGetTasksQuery, useGetProjectStatsQuery, useUpdateTaskStatusMutation } = tasksApi;

/** The `fixedCacheKey` of a task's status save: its state is shared by whoever shows that task. */
export const saveKey = (taskId: string) => `save-status-${taskId}`;

/** The tasks the filter lets through; the same array while neither changes. */
export const selectVisibleTasks = createSelector(
  [(tasks: Task[] | undefined) => tasks, (_tasks: Task[] | undefined, filter: StatusFilter) => filter],
  (tasks = [], filter) => (filter === 'all' ? tasks : tasks.filter((task) => task.status === filter)),
);
