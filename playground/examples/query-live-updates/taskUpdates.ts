import type { QueryClient } from '@tanstack/react-query';
import { REALTIME_URL, type ServerMessage, type Task } from '@/mocks/browser';
import { projectTasksQuery, taskKeys } from './queries';

export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting';

/**
 * The list with a pushed task in place of the cached one. Unchanged when the list does not
 * have the task, or has this version or a newer one already (frames can come twice, or late).
 */
export function withPushedTask(tasks: Task[] | undefined, pushed: Task): Task[] | undefined {
  const index = tasks?.findIndex((task) => task.id === pushed.id) ?? -1;
  if (!tasks || index === -1 || tasks[index].version >= pushed.version) return tasks;
  return tasks.with(index, pushed);
}

/** One server message into the cache: what the message carries is written, the rest refetched. */
export function applyServerMessage(client: QueryClient, message: ServerMessage): void {
  if (message.type === 'ENTITY_UPDATED' && message.payload.entity === 'tasks') {
    const task = message.payload.data as Task;
    const { queryKey } = projectTasksQuery(task.projectId);
    if (message.payload.change === 'created') {
      // Where a new task belongs depends on the list's filters and order: let the server say.
      void client.invalidateQueries({ queryKey });
    } else {
      // The whole task is in the message: no request needed. (No-op if the list isn't cached.)
      client.setQueryData(queryKey, (tasks) => withPushedTask(tasks, task));
    }
  } else if (message.type === 'ENTITY_DELETED' && message.payload.entity === 'tasks') {
    const { id } = message.payload;
    client.setQueriesData<Task[]>({ queryKey: taskKeys.lists() }, (tasks) => tasks?.filter((task) => task.id !== id));
  }
}

/**
 * Keeps the cached tasks current from the realtime socket, reconnecting when it drops.
 * Returns the function that closes it.
 */
export function connectTaskUpdates(client: QueryClient, onStatus: (status: ConnectionStatus) => void = () => {}): () => void {
  let socket: WebSocket;
  let retries = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const open = () => {
    onStatus(retries === 0 ? 'connecting' : 'reconnecting');
    socket = new WebSocket(REALTIME_URL);
    socket.onopen = () => socket.send(JSON.stringify({ type: 'subscribe', entity: 'tasks' }));
    socket.onmessage = (event) => {
      const message = JSON.parse(String(event.data)) as ServerMessage;
      if (message.type === 'SUBSCRIBED') {
        // Pushes sent while we were away are lost: refetch the task queries in use.
        if (retries > 0) void client.invalidateQueries({ queryKey: taskKeys.all });
        retries = 0;
        onStatus('live');
      }
      applyServerMessage(client, message);
    };
    socket.onclose = () => {
      if (stopped) return;
      retries += 1;
      onStatus('reconnecting');
      // 1 s, 2 s, 4 s… at most 30 s: a server coming back is not flooded by every client at once.
      retryTimer = setTimeout(open, Math.min(1000 * 2 ** (retries - 1), 30_000));
    };
  };

  open();
  return () => {
    stopped = true;
    clearTimeout(retryTimer);
    socket.close();
  };
}
