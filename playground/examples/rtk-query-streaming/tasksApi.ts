import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query/react';
import { API_BASE_URL, REALTIME_URL, type ClientMessage, type ListResponse, type ServerMessage, type Task } from '@/mocks/browser';
import { liveStatusChanged } from './connectionSlice';
import { applyTaskMessage, keepNewerTasks } from './taskMessages';

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

      // A refetch answers with the list as it was when the server read it; a push may have
      // brought a newer version of a task meanwhile. Keep the higher version of each task.
      merge: (cached, fetched) => keepNewerTasks(cached, fetched),

      // Runs once per cache entry: while a component uses this project's tasks, one socket
      // keeps them current. When the last one unmounts (and the entry expires), it closes.
      async onCacheEntryAdded(projectId, { updateCachedData, cacheDataLoaded, cacheEntryRemoved, dispatch }) {
        let socket: WebSocket | undefined;
        let retryTimer: ReturnType<typeof setTimeout> | undefined;
        let failedAttempts = 0;
        let removed = false;
        // Pushes that arrive before the list has loaded: applied, by version, once it has.
        let early: ServerMessage[] | null = [];

        const connect = () => {
          socket = new WebSocket(REALTIME_URL);
          const send = (message: ClientMessage) => socket?.send(JSON.stringify(message));
          socket.addEventListener('open', () => send({ type: 'subscribe', entity: 'tasks' }));
          socket.addEventListener('message', (event) => {
            const message = JSON.parse(String(event.data)) as ServerMessage;
            if (message.type === 'SUBSCRIBED') {
              failedAttempts = 0;
              dispatch(liveStatusChanged('live'));
              // The list was requested before this moment (the first time: at the same time as
              // the socket opened; later: before the socket dropped). A change made in between
              // was pushed to nobody, so fetch the list once more, now that every change is pushed.
              dispatch(tasksApi.util.invalidateTags([{ type: 'ProjectTasks', id: projectId }]));
              return;
            }
            if (early) early.push(message);
            else updateCachedData((tasks) => applyTaskMessage(tasks, message, projectId));
          });
          socket.addEventListener('close', () => {
            if (removed) return;
            dispatch(liveStatusChanged('reconnecting'));
            retryTimer = setTimeout(connect, reconnectDelay(failedAttempts++));
          });
        };

        // Subscribe first, then wait for the data: no push is missed while the list loads.
        connect();
        try {
          await cacheDataLoaded;
          const buffered = early;
          early = null;
          updateCachedData((tasks) => {
            for (const message of buffered) applyTaskMessage(tasks, message, projectId);
          });
        } catch {
          // Removed before the first data arrived: close the socket below.
        }
        await cacheEntryRemoved;
        removed = true;
        clearTimeout(retryTimer);
        socket?.close();
      },
    }),
  }),
});

export const { useGetTasksQuery } = tasksApi;
