import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query/react';
import { API_BASE_URL, REALTIME_URL } from '@/mocks/routes';
import type { ListResponse, ServerMessage, Task } from '@/mocks/types';
import type { StatusFilter } from './filterSlice';

export const PROJECT_ID = 'proj_01';

export interface TaskUpdate {
  id: string;
  /** The version the change is based on: the server answers 409 when it is stale. */
  version: number;
  changes: Partial<Pick<Task, 'title' | 'status'>>;
}

const matches = (task: Task, status: StatusFilter) => status === 'all' || task.status === status;

/** Server state: the project's tasks, cached per status filter. */
export const tasksApi = createApi({
  baseQuery: fetchBaseQuery({ baseUrl: API_BASE_URL }),
  tagTypes: ['Task', 'TaskList'],
  endpoints: (build) => ({
    getTasks: build.query<Task[], StatusFilter>({
      query: (status) => ({
        url: '/tasks',
        params: { projectId: PROJECT_ID, sort: 'title', limit: 8, ...(status === 'all' ? {} : { status }) },
      }),
      transformResponse: (page: ListResponse<Task>) => page.items,
      // Each list is tagged with its filter (a task that moves into it must refetch it) and with
      // every task it holds (a change to one of them must refetch it).
      providesTags: (tasks = [], _error, status) => [
        { type: 'TaskList', id: status },
        ...tasks.map(({ id }) => ({ type: 'Task' as const, id })),
      ],
      // Edits by other people arrive over the socket and patch the cached list in place.
      async onCacheEntryAdded(status, { updateCachedData, cacheDataLoaded, cacheEntryRemoved }) {
        const socket = new WebSocket(REALTIME_URL);
        socket.onopen = () => socket.send(JSON.stringify({ type: 'subscribe', entity: 'tasks' }));
        try {
          await cacheDataLoaded;
          socket.onmessage = (event) => {
            const message = JSON.parse(event.data) as ServerMessage;
            if (message.type !== 'ENTITY_UPDATED' || message.payload.entity !== 'tasks') return;
            const task = message.payload.data as Task;
            updateCachedData((tasks) => {
              const index = tasks.findIndex((t) => t.id === task.id);
              if (index === -1) return;
              if (matches(task, status)) tasks[index] = task;
              else tasks.splice(index, 1);
            });
          };
        } catch {
          // The entry went away before its first data arrived.
        }
        await cacheEntryRemoved;
        socket.close();
      },
    }),
    updateTask: build.mutation<Task, TaskUpdate>({
      query: ({ id, version, changes }) => ({ url: `/tasks/${id}`, method: 'PATCH', body: { version, ...changes } }),
      // On success, refetch the lists holding this task (they get its new version), and the list
      // of its new status, which doesn't hold it yet: a task marked done must show up under Done.
      invalidatesTags: (_task, error, { id, changes }) =>
        error ? [] : [{ type: 'Task', id }, ...(changes.status ? [{ type: 'TaskList' as const, id: changes.status }] : [])],
      // Optimistic update: change every cached list now; undo it if the server refuses.
      async onQueryStarted({ id, changes }, { dispatch, getState, queryFulfilled }) {
        const patches = tasksApi.util.selectCachedArgsForQuery(getState(), 'getTasks').map((status) =>
          dispatch(
            tasksApi.util.updateQueryData('getTasks', status, (tasks) => {
              const task = tasks.find((t) => t.id === id);
              if (task) Object.assign(task, changes);
            }),
          ),
        );
        try {
          await queryFulfilled;
        } catch {
          for (const patch of patches) patch.undo();
        }
      },
    }),
  }),
});

export const { useGetTasksQuery, useUpdateTaskMutation } = tasksApi;
