import { API_BASE_URL, REALTIME_URL, type ListResponse, type ServerMessage, type Task } from '@/mocks/browser';
import { backoffDelay } from './backoff';

export interface FeedState {
  connection: 'connecting' | 'live' | 'reconnecting';
  /** The project's tasks, by title. */
  tasks: Task[];
  /** Failed connections in a row; 0 once subscribed. */
  attempt: number;
  /** The wait before the next attempt, while reconnecting. */
  nextRetryMs: number | null;
  /** The last `seq` of the tasks stream this client has accounted for. */
  lastSeq: number | null;
  /** Times a gap in `seq` made it fetch the list again. */
  resyncs: number;
  errors: string[];
}

type Parsed = { ok: true; message: ServerMessage } | { ok: false; error: string };

/** A frame is untrusted input: a bad one is reported and skipped, never thrown. */
export function parseServerFrame(data: unknown): Parsed {
  if (typeof data !== 'string') return { ok: false, error: 'Ignored a binary frame: the server sends JSON text' };
  try {
    const message = JSON.parse(data) as ServerMessage;
    if (typeof message?.type !== 'string') return { ok: false, error: `Ignored a frame without a type: ${data.slice(0, 40)}` };
    return { ok: true, message };
  } catch {
    return { ok: false, error: `Ignored a frame that is not JSON: ${data.slice(0, 40)}` };
  }
}

const byTitle = (tasks: Task[]) => [...tasks].sort((a, b) => a.title.localeCompare(b.title));

/** The list with a pushed task in it, unless the list already has that version or a newer one. */
function withTask(tasks: Task[], task: Task): Task[] {
  const current = tasks.find((t) => t.id === task.id);
  if (current && current.version >= task.version) return tasks;
  return byTitle([...tasks.filter((t) => t.id !== task.id), task]);
}

/**
 * Keeps one project's tasks current over the realtime socket. Reconnects with exponential
 * backoff and jitter, subscribes again each time, and fetches the list again when the
 * stream's sequence numbers show it missed something — while it was away, or in between.
 */
export function connectTaskFeed(projectId: string, onState: (state: FeedState) => void, { random = Math.random } = {}): () => void {
  let state: FeedState = { connection: 'connecting', tasks: [], attempt: 0, nextRetryMs: null, lastSeq: null, resyncs: 0, errors: [] };
  let socket: WebSocket | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const set = (patch: Partial<FeedState>) => {
    state = { ...state, ...patch };
    onState(state);
  };

  async function fetchList(isResync: boolean) {
    const response = await fetch(`${API_BASE_URL}/tasks?projectId=${projectId}&limit=100`);
    if (!response.ok) throw new Error(`GET /tasks answered ${response.status}`);
    const { items } = (await response.json()) as ListResponse<Task>;
    // Pushes that came while the list was on its way may be newer than the answer: keep those.
    set({ tasks: items.reduce(withTask, state.tasks), resyncs: state.resyncs + (isResync ? 1 : 0) });
  }
  const resync = (isResync: boolean) => void fetchList(isResync).catch((error: Error) => set({ errors: [error.message, ...state.errors] }));

  function handle(message: ServerMessage) {
    if (message.type === 'SUBSCRIBED') {
      const { seq } = message.payload;
      set({ connection: 'live', attempt: 0, nextRetryMs: null });
      // First time: load the list. After a reconnect: only if the stream moved on meanwhile.
      if (state.lastSeq === null || seq !== state.lastSeq) resync(state.lastSeq !== null);
      set({ lastSeq: seq });
    } else if (message.type === 'ENTITY_UPDATED' || message.type === 'ENTITY_DELETED') {
      if (message.payload.entity !== 'tasks' || message.seq === undefined) return;
      const missed = state.lastSeq !== null && message.seq > state.lastSeq + 1;
      if (message.seq > (state.lastSeq ?? 0)) set({ lastSeq: message.seq });
      if (missed) resync(true); // a frame went missing: the list may be wrong anywhere
      if (message.type === 'ENTITY_DELETED') set({ tasks: state.tasks.filter((task) => task.id !== message.payload.id) });
      else if ((message.payload.data as Task).projectId === projectId) set({ tasks: withTask(state.tasks, message.payload.data as Task) });
    }
  }

  function open() {
    const current = new WebSocket(REALTIME_URL);
    socket = current;
    current.onopen = () => current.send(JSON.stringify({ type: 'subscribe', entity: 'tasks' }));
    current.onmessage = (event) => {
      const parsed = parseServerFrame(event.data);
      if (parsed.ok) handle(parsed.message);
      else set({ errors: [parsed.error, ...state.errors].slice(0, 5) });
    };
    current.onclose = () => {
      if (stopped || socket !== current) return;
      const delay = backoffDelay(state.attempt, random);
      set({ connection: 'reconnecting', attempt: state.attempt + 1, nextRetryMs: delay });
      retryTimer = setTimeout(open, delay);
    };
  }

  open();
  return () => {
    stopped = true;
    clearTimeout(retryTimer);
    socket?.close();
  };
}
