import { API_BASE_URL, CLIENT_ID_HEADER, IDEMPOTENCY_HEADER, REALTIME_URL, type ServerMessage, type Task } from '@/mocks/browser';
import { threeWayMerge, type FieldConflict } from './merge';

export type Editable = Pick<Task, 'title' | 'status' | 'priority'>;

/** An edit the server hasn't confirmed: the changes, and the task as this tab saw it when they were made. */
export interface QueuedEdit {
  /** Sent as Idempotency-Key: a retry of the same request can't apply it twice. */
  key: string;
  changes: Partial<Editable>;
  base: Task;
}

/** A 409 with the same field changed on both sides: waits for the reader. */
export interface Conflict {
  current: Task;
  base: Task;
  /** My edits to fields nobody else touched: sent whatever the reader picks. */
  changes: Partial<Editable>;
  fields: FieldConflict<Editable>[];
}

export interface TabState {
  connection: 'connecting' | 'live' | 'offline' | 'reconnecting';
  /** The task as the server last told this tab. */
  server: Task | null;
  queue: QueuedEdit[];
  conflict: Conflict | null;
  /** What happened, newest first. */
  log: string[];
}

/** What the tab shows: the server's task with the queued edits on top. */
export const shownTask = (state: TabState): Task | null =>
  state.server && state.queue.reduce<Task>((task, edit) => ({ ...task, ...edit.changes }), state.server);

const BOOKKEEPING = ['version', 'updatedAt'];

/**
 * One tab's copy of one task, kept in sync: pushes over the socket, edits through a queue of
 * PATCHes that carry the version they were based on. A 409 is merged field by field; a
 * conflict on the same field waits for `resolve`. Offline, edits wait in the queue.
 */
export function createTaskSync({ clientId, taskId }: { clientId: string; taskId: string }) {
  let state: TabState = { connection: 'connecting', server: null, queue: [], conflict: null, log: [] };
  const listeners = new Set<() => void>();
  let online = true;
  let stopped = false;
  let flushing = false;
  let socket: WebSocket | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const set = (patch: Partial<TabState>, line?: string) => {
    state = { ...state, ...patch, log: line ? [line, ...state.log].slice(0, 8) : state.log };
    for (const listener of [...listeners]) listener();
  };
  const headers = { 'content-type': 'application/json', [CLIENT_ID_HEADER]: clientId };
  /** Keeps the newer of two copies: a push and an answer can arrive in either order. */
  const newer = (task: Task) => (state.server && state.server.version >= task.version ? state.server : task);

  async function load() {
    const response = await fetch(`${API_BASE_URL}/tasks/${taskId}`, { headers });
    set({ server: newer((await response.json()) as Task) });
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
        // Whatever changed while this tab was away, then what it saved up meanwhile.
        void load().then(flush, () => {});
      } else if (message.type === 'ENTITY_UPDATED' && message.payload.id === taskId) {
        const task = message.payload.data as Task;
        if (!state.server || task.version > state.server.version) set({ server: task }, `Pushed: version ${task.version}`);
      }
    };
    current.onclose = () => {
      if (stopped || socket !== current) return; // an old socket closing late: a newer one took over
      socket = null;
      set({ connection: online ? 'reconnecting' : 'offline' });
      if (online) retryTimer = setTimeout(connect, 1000);
    };
  }

  async function flush() {
    if (flushing || !online || state.conflict) return;
    flushing = true;
    try {
      while (state.queue.length > 0 && online && !state.conflict) {
        const edit = state.queue[0];
        let response: Response;
        try {
          response = await fetch(`${API_BASE_URL}/tasks/${taskId}`, {
            method: 'PATCH',
            headers: { ...headers, [IDEMPOTENCY_HEADER]: edit.key },
            body: JSON.stringify({ version: edit.base.version, ...edit.changes }),
          });
        } catch {
          return; // no answer: the edit stays queued, and goes again (same key) when the tab is back
        }
        const body = await response.json();
        if (response.ok) {
          const saved = body as Task;
          // The edits behind it were made on top of this one: they are based on what it saved.
          const rest = state.queue.slice(1); // edits made while this one was on its way are there too
          set({ server: newer(saved), queue: rest.map((next) => ({ ...next, base: saved })) }, `Saved version ${saved.version}`);
        } else if (response.status === 409) {
          mergeInto(edit, body.current as Task);
        } else {
          set({ queue: state.queue.slice(1) }, `Not saved (${response.status}): ${body.message}`);
        }
      }
    } finally {
      flushing = false;
    }
  }

  /** The 409's merge: what can go through is queued again on top of their version. */
  function mergeInto(edit: QueuedEdit, current: Task) {
    const merge = threeWayMerge<Editable>(edit.base, edit.changes, current, BOOKKEEPING);
    const [, ...rest] = state.queue;
    const from = merge.keptFromThem.length > 0 ? `; kept theirs: ${merge.keptFromThem.join(', ')}` : '';
    if (merge.conflicts.length > 0) {
      const fields = merge.conflicts.map((conflict) => conflict.field).join(', ');
      set({ server: newer(current), conflict: { current, base: edit.base, changes: merge.changes, fields: merge.conflicts } }, `409: both changed ${fields}${from}`);
      return;
    }
    const mine = Object.keys(merge.changes);
    const queue = mine.length > 0 ? [{ key: crypto.randomUUID(), changes: merge.changes, base: current }, ...rest] : rest;
    set({ server: newer(current), queue }, `409: merged, mine: ${mine.join(', ') || 'nothing left'}${from}`);
  }

  return {
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      void load().catch(() => {});
      connect();
    },
    edit(changes: Partial<Editable>) {
      const base = state.queue.at(-1)?.base ?? state.server;
      if (!base) return;
      set({ queue: [...state.queue, { key: crypto.randomUUID(), changes, base }] });
      void flush();
    },
    /** The reader's choice for each conflicting field; then the merged edit goes out. */
    resolve(choice: Partial<Record<keyof Editable, 'mine' | 'theirs'>>) {
      const { conflict } = state;
      if (!conflict) return;
      const changes: Partial<Editable> = { ...conflict.changes };
      for (const { field, mine } of conflict.fields) if (choice[field] === 'mine') Object.assign(changes, { [field]: mine });
      const [, ...rest] = state.queue;
      const chosen = conflict.fields.map(({ field }) => `${field} from ${choice[field] === 'mine' ? 'me' : 'them'}`).join(', ');
      const queue = Object.keys(changes).length > 0 ? [{ key: crypto.randomUUID(), changes, base: conflict.current }, ...rest] : rest;
      set({ conflict: null, queue }, `Resolved: ${chosen}`);
      void flush();
    },
    /** The tab's network: offline, edits queue up; back online, it reconnects and sends them. */
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
