import { API_BASE_URL, CLIENT_ID_HEADER, REALTIME_URL, type ServerMessage, type Task } from '@/mocks/browser';

export type Editable = Pick<Task, 'title' | 'status' | 'priority'>;

export interface TabState {
  connection: 'connecting' | 'live' | 'offline' | 'reconnecting';
  /** The task as the server last told this tab. */
  server: Task | null;
  /** Edits not sent yet (the tab is offline): the latest value per field. */
  unsent: Partial<Editable>;
  /** Values this tab saved that someone else's save then replaced: the lost updates. */
  overwritten: string[];
}

/** What the tab shows: the server's task with the unsent edits on top. */
export const shownTask = (state: TabState): Task | null => state.server && { ...state.server, ...state.unsent };

/**
 * One tab's copy of one task, saved the naive way: fetch the task's current version, send the
 * edit with it. The server's version check always passes, so whoever saves last wins — and
 * nobody is told that an earlier save was thrown away. The tab notices only afterwards, when a
 * push replaces a value it saved.
 */
export function createTaskSync({ clientId, taskId }: { clientId: string; taskId: string }) {
  let state: TabState = { connection: 'connecting', server: null, unsent: {}, overwritten: [] };
  const listeners = new Set<() => void>();
  /** What this tab saved last, per field. */
  let saved: Partial<Editable> = {};
  let online = true;
  let stopped = false;
  let sending = false;
  let socket: WebSocket | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const set = (patch: Partial<TabState>) => {
    state = { ...state, ...patch };
    for (const listener of [...listeners]) listener();
  };
  const headers = { 'content-type': 'application/json', [CLIENT_ID_HEADER]: clientId };

  async function fetchTask(): Promise<Task> {
    const response = await fetch(`${API_BASE_URL}/tasks/${taskId}`, { headers });
    return (await response.json()) as Task;
  }

  /** A newer copy of the task arrived: anything this tab saved that it no longer has was lost. */
  function receive(task: Task) {
    if (state.server && task.version <= state.server.version) return;
    const lost: string[] = [];
    for (const [field, value] of Object.entries(saved) as [keyof Editable, string][]) {
      if (task[field] === value) continue;
      lost.push(`your ${field} “${value}” was replaced by “${task[field]}”`);
      delete saved[field];
    }
    set({ server: task, overwritten: [...lost, ...state.overwritten] });
  }

  async function send() {
    const changes = state.unsent;
    if (sending || !online || Object.keys(changes).length === 0) return;
    sending = true;
    try {
      // Last write wins: take whatever version the server has now, and overwrite it.
      const { version } = await fetchTask();
      const response = await fetch(`${API_BASE_URL}/tasks/${taskId}`, { method: 'PATCH', headers, body: JSON.stringify({ version, ...changes }) });
      if (!response.ok) return;
      saved = { ...saved, ...changes };
      const rest = Object.fromEntries(Object.entries(state.unsent).filter(([field, value]) => changes[field as keyof Editable] !== value));
      set({ unsent: rest });
      receive((await response.json()) as Task);
    } catch {
      // no network: the edits stay unsent until the tab is back
    } finally {
      sending = false;
    }
    if (Object.keys(state.unsent).length > 0) void send();
  }

  function connect() {
    clearTimeout(retryTimer);
    if (stopped || !online) return;
    const current = new WebSocket(`${REALTIME_URL}?client=${clientId}`);
    socket = current;
    current.onopen = () => current.send(JSON.stringify({ type: 'subscribe', entity: 'tasks' }));
    current.onmessage = (event) => {
      const message = JSON.parse(String(event.data)) as ServerMessage;
      if (message.type === 'SUBSCRIBED') {
        set({ connection: 'live' });
        void fetchTask().then(receive).then(send, () => {});
      } else if (message.type === 'ENTITY_UPDATED' && message.payload.id === taskId) {
        receive(message.payload.data as Task);
      }
    };
    current.onclose = () => {
      if (stopped || socket !== current) return; // an old socket closing late: a newer one took over
      socket = null;
      set({ connection: online ? 'reconnecting' : 'offline' });
      if (online) retryTimer = setTimeout(connect, 1000);
    };
  }

  return {
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      void fetchTask().then(receive, () => {});
      connect();
    },
    edit(changes: Partial<Editable>) {
      set({ unsent: { ...state.unsent, ...changes } });
      void send();
    },
    /** The tab's network: offline, edits wait; back online, it reconnects and sends them. */
    setOnline(value: boolean) {
      online = value;
      if (!online) {
        socket?.close();
        set({ connection: 'offline' });
      } else {
        set({ connection: 'reconnecting' });
        connect();
      }
    },
    stop() {
      stopped = true;
      clearTimeout(retryTimer);
      socket?.close();
    },
  };
}

export type TaskSync = ReturnType<typeof createTaskSync>;
