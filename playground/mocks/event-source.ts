/**
 * An EventSource that reads the stream with `fetch`.
 *
 * Why: in-page interception (no service worker) patches `fetch`, XMLHttpRequest and
 * WebSocket, but the browser's native EventSource opens its connection below them,
 * so MSW's `sse()` handlers would never see it. Node has no EventSource without a
 * flag. While the mock backend runs, `installFetchEventSource()` puts this class in
 * `globalThis.EventSource`; every stream then goes through the intercepted `fetch`.
 *
 * It follows the HTML spec's parsing and reconnection rules (`retry:`, `id:` and
 * `Last-Event-ID`, named events, comments), minus CORS and redirect details.
 */

type Listener<E extends Event> = ((this: FetchEventSource, event: E) => unknown) | null;

const DEFAULT_RETRY_MS = 3000;
const live = new Set<FetchEventSource>();

export class FetchEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSED = 2;

  readonly url: string;
  readonly withCredentials: boolean;
  readyState = 0;
  onopen: Listener<Event> = null;
  onmessage: Listener<MessageEvent> = null;
  onerror: Listener<Event> = null;

  #abort: AbortController | null = null;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #retryMs = DEFAULT_RETRY_MS;
  #lastEventId = '';

  constructor(url: string | URL, init?: EventSourceInit) {
    super();
    this.url = new URL(url, globalThis.location?.href).href;
    this.withCredentials = init?.withCredentials ?? false;
    live.add(this);
    void this.#connect();
  }

  close(): void {
    this.readyState = this.CLOSED;
    clearTimeout(this.#retryTimer);
    this.#abort?.abort();
    live.delete(this);
  }

  async #connect(): Promise<void> {
    const abort = new AbortController();
    this.#abort = abort;
    const headers: Record<string, string> = { accept: 'text/event-stream', 'cache-control': 'no-cache' };
    if (this.#lastEventId) headers['last-event-id'] = this.#lastEventId;

    let response: Response;
    try {
      response = await globalThis.fetch(this.url, {
        headers,
        signal: abort.signal,
        cache: 'no-store',
        credentials: this.withCredentials ? 'include' : 'same-origin',
      });
    } catch {
      // A network error: try again later, as the spec says.
      this.#reconnect(abort);
      return;
    }

    if (abort.signal.aborted) return;
    const type = response.headers.get('content-type') ?? '';
    if (response.status !== 200 || !type.toLowerCase().startsWith('text/event-stream') || !response.body) {
      // A wrong answer is fatal: no more retries.
      void response.body?.cancel();
      this.readyState = this.CLOSED;
      live.delete(this);
      this.#fire(new Event('error'));
      return;
    }

    this.readyState = this.OPEN;
    this.#fire(new Event('open'));
    try {
      await this.#read(response.body, abort.signal);
    } catch {
      // The stream broke; reconnect below.
    }
    this.#reconnect(abort);
  }

  #reconnect(abort: AbortController): void {
    if (abort.signal.aborted || this.readyState === this.CLOSED) return;
    this.readyState = this.CONNECTING;
    this.#fire(new Event('error'));
    if (this.readyState === this.CLOSED) return; // an error listener called close()
    this.#retryTimer = setTimeout(() => void this.#connect(), this.#retryMs);
  }

  async #read(body: ReadableStream<Uint8Array>, signal: AbortSignal): Promise<void> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    signal.addEventListener('abort', () => void reader.cancel().catch(() => {}), { once: true });

    let buffer = '';
    let first = true;
    let data = '';
    let eventType = '';

    const processLine = (line: string) => {
      if (line === '') {
        if (data !== '') {
          const event = new MessageEvent(eventType || 'message', {
            data: data.endsWith('\n') ? data.slice(0, -1) : data,
            lastEventId: this.#lastEventId,
            origin: new URL(this.url).origin,
          });
          if (this.readyState !== this.CLOSED) this.#fire(event);
        }
        data = '';
        eventType = '';
        return;
      }
      if (line.startsWith(':')) return;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      let value = colon === -1 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'data') data += `${value}\n`;
      else if (field === 'event') eventType = value;
      else if (field === 'id' && !value.includes('\0')) this.#lastEventId = value;
      else if (field === 'retry' && /^\d+$/.test(value)) this.#retryMs = Number(value);
    };

    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      if (first && buffer.length > 0) {
        if (buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
        first = false;
      }
      // Keep a trailing CR: it may be the first half of a CRLF.
      const lines = buffer.split(/\r\n|\r(?!$)|\n/);
      buffer = lines.pop() ?? '';
      for (const line of lines) processLine(line);
    }
  }

  #fire(event: Event): void {
    this.dispatchEvent(event);
    const handler = event.type === 'open' ? this.onopen : event.type === 'error' ? this.onerror : event.type === 'message' ? this.onmessage : null;
    (handler as ((event: Event) => unknown) | null)?.call(this, event);
  }
}

/**
 * Puts FetchEventSource in `globalThis.EventSource`. The returned function puts the
 * previous value back and closes every stream opened in between.
 */
export function installFetchEventSource(): () => void {
  const previous = Object.getOwnPropertyDescriptor(globalThis, 'EventSource');
  Object.defineProperty(globalThis, 'EventSource', { value: FetchEventSource, configurable: true, writable: true });
  return () => {
    for (const source of [...live]) source.close();
    if (previous) Object.defineProperty(globalThis, 'EventSource', previous);
    else delete (globalThis as { EventSource?: unknown }).EventSource;
  };
}
