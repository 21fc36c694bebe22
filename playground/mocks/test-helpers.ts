/** Small clients for the mocks' own tests: they talk to the backend the way an app does. */
import { API_BASE_URL, REALTIME_URL } from './routes';
import type { ClientMessage, ServerMessage } from './types';

export interface ApiResult<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** `fetch` against the API; parses JSON bodies. */
export async function api<T = any>(path: string, init: { method?: string; body?: unknown; rawBody?: string } = {}): Promise<ApiResult<T>> {
  const response = await fetch(`${API_BASE_URL}${path}`, {
    method: init.method ?? 'GET',
    headers: init.body !== undefined || init.rawBody !== undefined ? { 'content-type': 'application/json' } : undefined,
    body: init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

/** Lets pending microtasks and zero-delay timers run (socket frames are delivered on microtasks). */
export function settle(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface TestSocket {
  socket: WebSocket;
  /** Every frame received so far, parsed. */
  received: ServerMessage[];
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string; opened: boolean }>;
  send(message: ClientMessage | string): void;
  /** Resolves with the first received message (past or future) of that type that matches. */
  next<T extends ServerMessage['type']>(type: T, where?: (message: Extract<ServerMessage, { type: T }>) => boolean): Promise<Extract<ServerMessage, { type: T }>>;
  close(): void;
}

export function connectSocket(url = REALTIME_URL): TestSocket {
  const socket = new WebSocket(url);
  const received: ServerMessage[] = [];
  const waiters: Array<() => void> = [];
  let wasOpened = false;

  const opened = new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => {
      wasOpened = true;
      resolve();
    });
    socket.addEventListener('close', (event) => reject(new Error(`closed before open: ${event.code} ${event.reason}`)));
  });
  opened.catch(() => {});
  const closed = new Promise<{ code: number; reason: string; opened: boolean }>((resolve) => {
    socket.addEventListener('close', (event) => resolve({ code: event.code, reason: event.reason, opened: wasOpened }));
  });
  socket.addEventListener('message', (event) => {
    received.push(JSON.parse(String(event.data)));
    for (const waiter of [...waiters]) waiter();
  });

  return {
    socket,
    received,
    opened,
    closed,
    send: (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
    next(type, where = () => true) {
      type Match = Extract<ServerMessage, { type: typeof type }>;
      const find = () => received.find((message): message is Match => message.type === type && where(message as Match));
      const found = find();
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timeout = setTimeout(() => reject(new Error(`no ${type} frame within 2 s; got ${received.map((m) => m.type).join(', ')}`)), 2000);
        const waiter = () => {
          const match = find();
          if (!match) return;
          clearTimeout(timeout);
          waiters.splice(waiters.indexOf(waiter), 1);
          resolve(match);
        };
        waiters.push(waiter);
      });
    },
    close: () => socket.close(),
  };
}

export interface SseEvent {
  id?: string;
  event?: string;
  data: string;
}

export interface EventStreamReader {
  response: Response;
  /** The last `retry:` the server sent. */
  retry(): number | null;
  /** Waits until `count` more events arrived (2 s at most) and returns them. */
  take(count: number): Promise<SseEvent[]>;
  close(): void;
}

/**
 * Opens a text/event-stream with plain `fetch` and parses it, to check the wire
 * format independently of any EventSource implementation. When this resolves, the
 * server has registered the stream.
 */
export async function openEventStream(url: string, headers: Record<string, string> = {}): Promise<EventStreamReader> {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const queue: SseEvent[] = [];
  let retry: number | null = null;
  let buffer = '';

  const readBlocks = async () => {
    const { done, value } = await reader.read();
    if (done) throw new Error('the stream ended');
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event: SseEvent = { data: '' };
      const data: string[] = [];
      for (const line of block.split('\n')) {
        const colon = line.indexOf(':');
        const field = line.slice(0, colon);
        const value = line.slice(colon + 1);
        if (field === 'retry') retry = Number(value);
        else if (field === 'id') event.id = value;
        else if (field === 'event') event.event = value;
        else if (field === 'data') data.push(value);
      }
      if (data.length > 0) queue.push({ ...event, data: data.join('\n') });
    }
  };

  return {
    response,
    retry: () => retry,
    async take(count) {
      const deadline = setTimeout(() => controller.abort(), 2000);
      try {
        while (queue.length < count) await readBlocks();
      } finally {
        clearTimeout(deadline);
      }
      return queue.splice(0, count);
    },
    close: () => controller.abort(),
  };
}
