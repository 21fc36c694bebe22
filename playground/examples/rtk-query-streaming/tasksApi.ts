import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query/react';
import { API_BASE_URL, REALTIME_URL, type ClientMessage, type ListResponse, type ServerMessage, type Task } from '@/mocks/browser';
import { liveStatusChanged } from './connectionSlice';
import { applyTaskMessage } from './taskMessages';

/** Waits 0.5 s, 1 s, 2 s, … up to 8 s between reconnect attempts. */
export const reconnectDelay = (attempt: number) => Math.min(500 * 2 ** attempt, 8000);

export const tasksApi = createApi({
  reducerPath: 'tasksApi',
  baseQuery: fetchBaseQuery({ baseUrl: API_BASE_URL }),
  tagTypes: ['ProjectTasks'],
  endpoints: (build) => ({
    getTasks: build.query<Task[], string>({
      query: (projectId) => ({ url: '/tasks', params: { projectId, sort: 'title', limit: 100 } }),
      transformResponse: (response: ListResponse<Task>) => response.items,
      providesTags: (_tasks, _error, projectId) => [{ type: 'ProjectTasks', id: projectId }],

      // Runs once per cache entry: while a component uses this project's tasks, one socket
      // keeps them current. When the last one unmounts (and the entry expires), it closes.
      async onCacheEntryAdded(projectId, { updateCachedData, cacheDataLoaded, cacheEntryRemoved, dispatch }) {
        try {
          await cacheDataLoaded;
        } catch {
          return; // Removed before the first data arrived: nothing to keep current.
        }

        let socket: WebSocket | undefined;
        let retryTimer: ReturnType<typeof setTimeout> | undefined;
        let failedAttempts = 0;
        let missedPushes = false;
        let removed = false;

        const connect = () => {
          socket = new WebSocket(REALTIME_URL);
          const send = (message: ClientMessage) => socket?.send(JSON.stringify(message));
          socket.addEventListener('open', () => send({ type: 'subscribe', entity: 'tasks' }));
          socket.addEventListener('message', (event) => {
            const message = JSON.parse(String(event.data)) as ServerMessage;
            if (message.type === 'SUBSCRIBED') {
              failedAttempts = 0;
              dispatch(liveStatusChanged('live'));
              // Pushes sent while the socket was down are lost: refetch the list once.
              if (missedPushes) dispatch(tasksApi.util.invalidateTags([{ type: 'ProjectTasks', id: projectId }]));
              missedPushes = false;
              return;
            }
            updateCachedData((tasks) => applyTaskMessage(tasks, message, projectId));
          });
          socket.addEventListener('close', () => {
            if (removed) return;
            missedPushes = true;
            dispatch(liveStatusChanged('reconnecting'));
            retryTimer = setTimeout(connect, reconnectDelay(failedAttempts++));
          });
        };

        connect();
        await cacheEntryRemoved;
        removed = true;
        clearTimeout(retryTimer);
        socket?.close();
      },
    }),
  }),
});

export const { useGetTasksQuery } = tasksApi;
