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
 * Fetches the task lists in use again, from now on. A fetch already on its way was sent
 * before now, so it is cancelled first: an invalidation alone would wait for it instead.
 */
async function refetchTaskLists(client: QueryClient): Promise<void> {
  await client.cancelQueries({ queryKey: taskKeys.lists() });
  await client.invalidateQueries({ queryKey: taskKeys.lists() });
}

/** Whether a task list is loading its first data: a push now has nothing to apply to yet. */
const listLoading = (client: QueryClient) =>
  client
    .getQueryCache()
    .findAll({ queryKey: taskKeys.lists() })
    .some((query) => query.state.data === undefined && query.state.fetchStatus === 'fetching');

/**
 * Keeps the cached tasks current from the realtime socket, reconnecting when it drops.
 * Returns the function that closes it.
 */
export function connectTaskUpdates(client: QueryClient, onStatus: (status: ConnectionStatus) => void = () => {}): () => void {
  let socket: WebSocket;
  let retries = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  // Pushes that came while a list was loading its first data: applied, by version, once it has.
  let early: ServerMessage[] = [];

  const stopWatchingCache = client.getQueryCache().subscribe((event) => {
    if (early.length === 0 || event.type !== 'updated' || event.action.type !== 'success') return;
    const kept = early;
    early = []; // applying a message is itself a `success` event: don't come back here for it
    for (const message of kept) applyServerMessage(client, message);
    if (listLoading(client)) early = kept; // another list is still on its way
  });

  const open = () => {
    onStatus(retries === 0 ? 'connecting' : 'reconnecting');
    socket = new WebSocket(REALTIME_URL);
    socket.onopen = () => socket.send(JSON.stringify({ type: 'subscribe', entity: 'tasks' }));
    socket.onmessage = (event) => {
      const message = JSON.parse(String(event.data)) as ServerMessage;
      if (message.type === 'SUBSCRIBED') {
        // Every list fetched (or on its way) before this moment may lack a change that was
        // pushed to nobody: on the first connection, one made while the socket was opening;
        // after a reconnect, those made while it was down. Fetch them again.
        void refetchTaskLists(client);
        retries = 0;
        onStatus('live');
        return;
      }
      if (listLoading(client)) early.push(message);
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
    stopWatchingCache();
    socket.close();
  };
}
