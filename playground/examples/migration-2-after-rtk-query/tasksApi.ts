import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query/react';
import { API_BASE_URL, type ListResponse, type Project, type Task } from '@/mocks/browser';

export const tasksApi = createApi({
  reducerPath: 'tasksApi',
  baseQuery: fetchBaseQuery({ baseUrl: API_BASE_URL }),
  endpoints: (build) => ({
    getProjects: build.query<Project[], void>({
      query: () => '/projects?limit=100&sort=name',
      transformResponse: (page: ListResponse<Project>) => page.items,
    }),
    getProjectTasks: build.query<Task[], string>({
      query: (projectId) => `/tasks?projectId=${projectId}&limit=100&sort=title`,
      transformResponse: (page: ListResponse<Task>) => page.items,
    }),
    markTaskDone: build.mutation<Task, Task>({
      query: (task) => ({ url: `/tasks/${task.id}`, method: 'PATCH', body: { version: task.version, status: 'done' } }),
      // The server answers with the saved task: put it in the cached list instead of fetching the list again.
      async onQueryStarted(task, { dispatch, queryFulfilled }) {
        try {
          const { data: saved } = await queryFulfilled;
          dispatch(
            tasksApi.util.updateQueryData('getProjectTasks', task.projectId, (tasks) => {
              const index = tasks.findIndex((cached) => cached.id === saved.id);
              if (index !== -1) tasks[index] = saved;
            }),
          );
        } catch {
          // The row shows the error from its mutation hook; the cached list stays as it was.
        }
      },
    }),
  }),
});

export const { useGetProjectsQuery, useGetProjectTasksQuery, useMarkTaskDoneMutation } = tasksApi;
