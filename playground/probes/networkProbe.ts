/**
 * Network probe.
 *
 * - HTTP: MSW's life-cycle events (`network.events` of `defineNetwork`, `server.events`,
 *   `worker.events`): request:start → (request:match) → response:mocked / response:bypass, or
 *   request:unhandled, or unhandledException. One 'request:start' and one 'request:end' (with
 *   method, URL, status, duration) per request; 'request:unhandled' and 'request:error' where
 *   they apply. A matched request that ends without any response (a handler answering
 *   `HttpResponse.error()`, a failed passthrough) is reported as 'request:error' "no response".
 * - WebSocket: MSW's 'websocket:connection' event only carries the URL, so frames are observed
 *   on the WebSocket interceptor's `connection` event (client ↔ mock): 'socket:open',
 *   'socket:out' (app → server), 'socket:in' (server → app), 'socket:close'.
 * - SSE: `observeEventSource(globalThis, emit)` wraps the `EventSource` constructor and reports
 *   open / messages (named events too, as the app subscribes to them) / errors.
 */
import type { Emit } from '../protocol/events.ts';
import { preview, serialize } from '../protocol/serialize.ts';
import { META_LIMITS, PAYLOAD_LIMITS, defaultNow, guard, type ProbeOptions } from './common.ts';
import { isRuntimeRequest } from './internals.ts';

// ---------------------------------------------------------------------------------------------
// HTTP — MSW life-cycle events (structural types: rettime's Emitter, MSW's event classes)

/** What the probe needs of an MSW `events` emitter. */
export interface NetworkEventsLike {
  on(type: string, listener: (event: never) => void): unknown;
  removeListener(type: string, listener: (event: never) => void): unknown;
}

interface RequestEventLike {
  requestId: string;
  request: Request;
}
interface RequestMatchEventLike extends RequestEventLike {
  handler?: { info?: { header?: unknown; method?: unknown; path?: unknown } };
}
interface ResponseEventLike extends RequestEventLike {
  response: Response;
}
interface UnhandledExceptionEventLike extends RequestEventLike {
  error: unknown;
}
interface WebSocketConnectionEventLike {
  url: URL | string;
  protocols?: unknown;
  error?: unknown;
}

export interface NetworkProbeOptions extends ProbeOptions {
  /** Max requests tracked at once (start without end). Default 1000. */
  maxPending?: number;
  /**
   * How long after MSW's `request:end` a mocked response may still be announced before the
   * request is reported as having no response. Default 0 (next macrotask: the response event
   * arrives in microtasks).
   */
  responseGraceMs?: number;
  /**
   * Report MSW's `websocket:connection` as 'socket:open'. By default only while no
   * `observeWebSocketInterceptor` is active (it reports connections with their frames).
   */
  webSocketConnections?: boolean;
  /**
   * The sandbox's origin: requests for the runtime's own files there are marked internal.
   * Default `location.origin`.
   */
  origin?: string;
}

/** Interceptor-level WebSocket observers currently active (see `webSocketConnections`). */
let activeInterceptorObservers = 0;
/** Emitters / interceptors already observed: observing twice would report everything twice. */
const observedEmitters = new WeakSet<object>();
/** The requests each observed emitter has seen start and not yet end. */
const inFlightByEmitter = new Set<ReadonlyMap<string, unknown>>();

/**
 * Requests the observed MSW networks have seen start and not yet answer, whoever sent them
 * (the reader's code or a library's: RTK Query's fetchBaseQuery calls `fetch` itself).
 */
export function requestsInFlight(): number {
  let count = 0;
  for (const pending of inFlightByEmitter) count += pending.size;
  return count;
}
const observedInterceptors = new WeakSet<object>();

interface Pending {
  start: number;
  method: string;
  url: string;
  matched: boolean;
  handler?: string;
  ended: boolean;
  internal?: string;
}

function handlerText(event: RequestMatchEventLike): string | undefined {
  const info = event.handler?.info;
  if (!info) return undefined;
  if (typeof info.header === 'string') return info.header;
  if (typeof info.method === 'string' && info.path !== undefined) return `${info.method} ${String(info.path)}`;
  return undefined;
}

function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
  } catch {
    return url;
  }
}

/**
 * Observe MSW's life-cycle events. Returns a function that stops observing. An emitter already
 * observed is not observed twice (the call returns a no-op).
 */
export function observeNetworkEvents(events: NetworkEventsLike, emit: Emit, options: NetworkProbeOptions = {}): () => void {
  if (observedEmitters.has(events)) return () => {};
  observedEmitters.add(events);
  const now = options.now ?? defaultNow;
  const maxPending = options.maxPending ?? 1000;
  const grace = options.responseGraceMs ?? 0;
  const pending = new Map<string, Pending>();
  inFlightByEmitter.add(pending);
  const origin = options.origin ?? (globalThis as { location?: { origin?: string } }).location?.origin;
  /** `{ internal: 'runtime' }` for the runtime fetching its own files, else nothing. */
  const internalOf = (url: string): { internal?: string } => (isRuntimeRequest(url, origin) ? { internal: 'runtime' } : {});

  const track = (id: string, p: Pending) => {
    pending.set(id, p);
    if (pending.size > maxPending) {
      const oldest = pending.keys().next();
      if (!oldest.done) pending.delete(oldest.value);
    }
  };

  const onStart = (e: RequestEventLike) =>
    guard(() => {
      const method = e.request.method;
      const url = e.request.url;
      const start = now();
      const internal = internalOf(url);
      track(e.requestId, { start, method, url, matched: false, ended: false, ...internal });
      emit({
        source: 'network',
        kind: 'request:start',
        label: `${method} ${shortUrl(url)}`,
        time: start,
        ...internal,
        meta: { requestId: e.requestId, method, url },
      });
    });

  const onMatch = (e: RequestMatchEventLike) =>
    guard(() => {
      const p = pending.get(e.requestId);
      if (!p) return;
      p.matched = true;
      const handler = handlerText(e);
      if (handler) p.handler = handler;
    });

  const onUnhandled = (e: RequestEventLike) =>
    guard(() => {
      const p = pending.get(e.requestId);
      const method = e.request.method;
      const url = e.request.url;
      emit({
        source: 'network',
        kind: 'request:unhandled',
        label: `${method} ${shortUrl(url)} — no handler`,
        ...internalOf(url),
        meta: { requestId: e.requestId, method, url },
        duration: p ? now() - p.start : undefined,
      });
    });

  const onResponse = (responseType: 'mocked' | 'bypass') => (e: ResponseEventLike) =>
    guard(() => {
      const p = pending.get(e.requestId);
      pending.delete(e.requestId);
      const method = p?.method ?? e.request.method;
      const url = p?.url ?? e.request.url;
      const status = e.response.status;
      const contentType = e.response.headers.get('content-type') ?? undefined;
      emit({
        source: 'network',
        kind: 'request:end',
        label: `${method} ${shortUrl(url)} → ${status}${responseType === 'bypass' ? ' (passthrough)' : ''}`,
        ...internalOf(url),
        duration: p ? now() - p.start : undefined,
        meta: {
          requestId: e.requestId,
          method,
          url,
          status,
          statusText: e.response.statusText,
          responseType,
          ...(p?.handler ? { handler: p.handler } : {}),
          ...(contentType ? { contentType } : {}),
        },
      });
    });
  const onMocked = onResponse('mocked');
  const onBypass = onResponse('bypass');

  const onEnd = (e: RequestEventLike) =>
    guard(() => {
      const p = pending.get(e.requestId);
      if (!p || !p.matched) return; // unhandled / bypassed: wait for response:bypass (or nothing)
      p.ended = true;
      setTimeout(() => {
        guard(() => {
          if (pending.get(e.requestId) !== p) return; // a response arrived
          pending.delete(e.requestId);
          emit({
            source: 'network',
            kind: 'request:error',
            label: `${p.method} ${shortUrl(p.url)} ✗ no response (network error)`,
            ...internalOf(p.url),
            duration: now() - p.start,
            meta: { requestId: e.requestId, method: p.method, url: p.url, ...(p.handler ? { handler: p.handler } : {}) },
          });
        });
      }, grace);
    });

  const onException = (e: UnhandledExceptionEventLike) =>
    guard(() => {
      const p = pending.get(e.requestId);
      pending.delete(e.requestId);
      const method = e.request.method;
      const url = e.request.url;
      emit({
        source: 'network',
        kind: 'request:error',
        label: `${method} ${shortUrl(url)} ✗ handler threw ${preview(e.error, 40)}`,
        ...internalOf(url),
        duration: p ? now() - p.start : undefined,
        meta: { requestId: e.requestId, method, url, error: serialize(e.error, META_LIMITS) },
      });
    });

  const onWsConnection = (e: WebSocketConnectionEventLike) =>
    guard(() => {
      if (options.webSocketConnections === undefined && activeInterceptorObservers > 0) return;
      const url = String(e.url);
      emit({
        source: 'socket',
        kind: 'socket:open',
        label: `WebSocket ${shortUrl(url)} intercepted`,
        meta: { url, connection: 'msw' },
      });
    });
  const onWsError = (e: WebSocketConnectionEventLike) =>
    guard(() => {
      const url = String(e.url);
      emit({
        source: 'socket',
        kind: 'socket:error',
        label: `WebSocket ${shortUrl(url)} error ${preview(e.error, 40)}`,
        data: serialize(e.error, META_LIMITS),
        meta: { url, connection: 'msw' },
      });
    });

  const listeners: [string, (event: never) => void][] = [
    ['request:start', onStart as (event: never) => void],
    ['request:match', onMatch as (event: never) => void],
    ['request:unhandled', onUnhandled as (event: never) => void],
    ['request:end', onEnd as (event: never) => void],
    ['response:mocked', onMocked as (event: never) => void],
    ['response:bypass', onBypass as (event: never) => void],
    ['unhandledException', onException as (event: never) => void],
    ['websocket:error', onWsError as (event: never) => void],
  ];
  if (options.webSocketConnections !== false) {
    listeners.push(['websocket:connection', onWsConnection as (event: never) => void]);
  }
  for (const [type, listener] of listeners) events.on(type, listener);
  return () => {
    for (const [type, listener] of listeners) events.removeListener(type, listener);
    pending.clear();
    inFlightByEmitter.delete(pending);
    observedEmitters.delete(events);
  };
}

// ---------------------------------------------------------------------------------------------
// WebSocket frames — the interceptor's `connection` event ({ client, server, info })

interface MessageEventLike {
  data: unknown;
}
interface CloseEventLike {
  code?: number;
  reason?: string;
}
interface SocketLike {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
/** The client side of an intercepted connection (`WebSocketClientConnection`). */
export interface WebSocketClientLike {
  id: string;
  url: URL;
  /** The app's WebSocket (frames it receives are 'in'). */
  socket: SocketLike;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  addEventListener(type: 'close', listener: (event: CloseEventLike) => void): void;
}
/** What the probe needs of `WebSocketInterceptor` (from `@mswjs/interceptors/WebSocket`). */
export interface WebSocketInterceptorLike {
  on(type: 'connection', listener: (connection: { client: WebSocketClientLike }) => void): unknown;
  off?(type: 'connection', listener: (connection: { client: WebSocketClientLike }) => void): unknown;
  removeListener?(type: 'connection', listener: (connection: { client: WebSocketClientLike }) => void): unknown;
}

function frameSize(data: unknown): number | undefined {
  if (typeof data === 'string') return data.length;
  if (data instanceof ArrayBuffer) return data.byteLength;
  if (ArrayBuffer.isView(data)) return data.byteLength;
  if (typeof Blob !== 'undefined' && data instanceof Blob) return data.size;
  return undefined;
}

const NOT_JSON = Symbol('not JSON');

/** A text frame holding a JSON object or array, parsed; else `NOT_JSON`. */
function parseFrame(data: unknown): unknown {
  if (typeof data === 'string') {
    const trimmed = data.trim();
    if ((trimmed.startsWith('{') || trimmed.startsWith('[')) && data.length <= 100_000) {
      try {
        return JSON.parse(data);
      } catch {
        // not JSON: fall through
      }
    }
  }
  return NOT_JSON;
}

/**
 * A frame as the timeline shows it: `data` is the parsed JSON (a tree in the details) when the
 * frame is JSON text, and the label previews the value, not its escaped text.
 */
function describeFrame(data: unknown, limits: ProbeOptions['serialize']): { data: ReturnType<typeof serialize>; text: string } {
  const parsed = parseFrame(data);
  const value = parsed === NOT_JSON ? data : parsed;
  return { data: serialize(value, limits), text: preview(value, 60) };
}

/**
 * Observe WebSocket frames on the interceptor the runtime gives MSW. Returns a function that
 * stops observing new connections.
 */
export function observeWebSocketInterceptor(
  interceptor: WebSocketInterceptorLike,
  emit: Emit,
  options: ProbeOptions = {},
): () => void {
  const limits = options.serialize ?? PAYLOAD_LIMITS;
  const onConnection = ({ client }: { client: WebSocketClientLike }) =>
    guard(() => {
      const url = client.url.href;
      const connection = client.id;
      const path = shortUrl(url);
      emit({ source: 'socket', kind: 'socket:open', label: `WebSocket ${path} connecting`, meta: { url, connection } });
      client.addEventListener('message', (event: MessageEventLike) =>
        guard(() => {
          const frame = describeFrame(event.data, limits);
          emit({
            source: 'socket',
            kind: 'socket:out',
            label: `↑ ${path} ${frame.text}`,
            data: frame.data,
            meta: { url, connection, direction: 'out', size: frameSize(event.data) },
          });
        }),
      );
      // A frame for the app is reported BEFORE the app's listeners run (its `onmessage` was
      // attached before this connection event): what the handler does (a cache write, a
      // dispatch) then follows its cause in the timeline and joins its group.
      const reportIn = (event: MessageEventLike) =>
        guard(() => {
          const frame = describeFrame(event.data, limits);
          emit({
            source: 'socket',
            kind: 'socket:in',
            label: `↓ ${path} ${frame.text}`,
            data: frame.data,
            meta: { url, connection, direction: 'in', size: frameSize(event.data) },
          });
        });
      const socket = client.socket as SocketLike & { dispatchEvent?: (event: Event) => boolean };
      const dispatch = socket.dispatchEvent;
      if (typeof dispatch === 'function') {
        socket.dispatchEvent = function (this: unknown, event: Event) {
          if (event?.type === 'message') reportIn(event as unknown as MessageEventLike);
          return dispatch.call(this, event);
        };
      } else {
        client.socket.addEventListener('message', reportIn);
      }
      client.addEventListener('close', (event: CloseEventLike) =>
        guard(() => {
          emit({
            source: 'socket',
            kind: 'socket:close',
            label: `WebSocket ${path} closed${event.code !== undefined ? ` (${event.code}${event.reason ? ` ${event.reason}` : ''})` : ''}`,
            meta: { url, connection, ...(event.code !== undefined ? { code: event.code } : {}), ...(event.reason ? { reason: event.reason } : {}) },
          });
        }),
      );
    });
  if (observedInterceptors.has(interceptor)) return () => {};
  observedInterceptors.add(interceptor);
  interceptor.on('connection', onConnection);
  activeInterceptorObservers++;
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    activeInterceptorObservers--;
    observedInterceptors.delete(interceptor);
    if (interceptor.off) interceptor.off('connection', onConnection);
    else interceptor.removeListener?.('connection', onConnection);
  };
}

/**
 * Subclass of MSW's `WebSocketInterceptor` that observes its own connections, so the mock
 * backend's `new WebSocketInterceptor()` reports frames without any change to it.
 */
export function createInstrumentedWebSocketInterceptor<C extends new (...args: never[]) => WebSocketInterceptorLike>(
  Base: C,
  emit: Emit,
  options: ProbeOptions = {},
): C {
  const Instrumented = class extends (Base as unknown as new (...args: unknown[]) => WebSocketInterceptorLike) {
    constructor(...args: unknown[]) {
      super(...args);
      observeWebSocketInterceptor(this, emit, options);
    }
  };
  Object.defineProperty(Instrumented, 'name', { value: Base.name || 'WebSocketInterceptor' });
  return Instrumented as unknown as C;
}

/**
 * Wrap MSW's `defineNetwork` (from `msw/experimental`) so every network's life-cycle events are
 * observed as soon as it is defined.
 */
export function wrapDefineNetwork<F extends (options: never) => { events: unknown }>(
  defineNetwork: F,
  emit: Emit,
  options: NetworkProbeOptions = {},
): F {
  const wrapped = (networkOptions: never) => {
    const network = defineNetwork(networkOptions);
    if (network.events) observeNetworkEvents(network.events as NetworkEventsLike, emit, options);
    return network;
  };
  return wrapped as unknown as F;
}

// ---------------------------------------------------------------------------------------------
// Server-sent events

interface EventSourceInstanceLike {
  url: string;
  addEventListener(type: string, listener: (event: never) => void, options?: unknown): void;
}
type EventSourceCtorLike = new (url: string | URL, init?: unknown) => EventSourceInstanceLike;
interface SseEventLike {
  type: string;
  data?: unknown;
  lastEventId?: string;
}

/** Looks like an EventSource (native, or a script polyfill such as the mock backend's). */
function isEventSourceLike(x: unknown): x is { url: string } {
  const t = x as { url?: unknown; withCredentials?: unknown; readyState?: unknown; close?: unknown } | null;
  return (
    !!t &&
    typeof t.url === 'string' &&
    typeof t.withCredentials === 'boolean' &&
    typeof t.readyState === 'number' &&
    typeof t.close === 'function'
  );
}

/**
 * Observe server-sent events on `global`, two ways (an instance is reported by one of them):
 * - the `EventSource` constructor present now (the browser's) is replaced by a subclass that
 *   listens to open / message / error and to every named event type the app listens to;
 * - `EventTarget.prototype.dispatchEvent` reports events dispatched by script on EventSource-like
 *   objects — polyfills such as the mock backend's fetch-based EventSource, which it puts in
 *   `globalThis.EventSource` with `defineProperty` after startup (bypassing the first way). These
 *   are reported before their listeners run, named events included.
 * Returns a function restoring both.
 */
export function observeEventSource(
  global: { EventSource?: unknown; EventTarget?: unknown },
  emit: Emit,
  options: ProbeOptions = {},
): () => void {
  const limits = options.serialize ?? PAYLOAD_LIMITS;
  const restores: (() => void)[] = [];
  const listened = new WeakSet<object>();
  const connections = new WeakMap<object, string>();
  let counter = 0;
  const connectionOf = (source: object) => {
    let id = connections.get(source);
    if (!id) {
      id = `sse#${++counter}`;
      connections.set(source, id);
    }
    return id;
  };

  const report = (source: { url: string }, event: SseEventLike) =>
    guard(() => {
      const url = String(source.url);
      const connection = connectionOf(source);
      const path = shortUrl(url);
      const type = event.type;
      if (type === 'open') {
        emit({ source: 'socket', kind: 'sse:open', label: `EventSource ${path} open`, meta: { url, connection } });
      } else if (type === 'error') {
        emit({ source: 'socket', kind: 'sse:error', label: `EventSource ${path} error`, meta: { url, connection } });
      } else {
        const frame = describeFrame(event.data, limits);
        emit({
          source: 'socket',
          kind: 'sse:message',
          label: `↓ ${path} ${type === 'message' ? '' : `${type}: `}${frame.text}`,
          data: frame.data,
          meta: {
            url,
            connection,
            direction: 'in',
            event: type,
            size: frameSize(event.data),
            ...(event.lastEventId ? { lastEventId: event.lastEventId } : {}),
          },
        });
      }
    });

  // 1. Script-dispatched events on EventSource-like targets.
  const EventTargetCtor = global.EventTarget as { prototype?: { dispatchEvent?: unknown } } | undefined;
  const targetProto = EventTargetCtor?.prototype;
  const originalDispatch = targetProto?.dispatchEvent;
  if (targetProto && typeof originalDispatch === 'function') {
    const dispatchEvent = function (this: unknown, event: Event): boolean {
      if (isEventSourceLike(this) && !listened.has(this)) report(this, event as unknown as SseEventLike);
      return (originalDispatch as (e: Event) => boolean).call(this, event);
    };
    targetProto.dispatchEvent = dispatchEvent;
    restores.push(() => {
      if (targetProto.dispatchEvent === dispatchEvent) targetProto.dispatchEvent = originalDispatch;
    });
  }

  // 2. The constructor present now: listen on each instance.
  const Original = global.EventSource as EventSourceCtorLike | undefined;
  if (typeof Original === 'function') {
    const Observed = class extends Original {
      #types = new Set<string>();
      constructor(url: string | URL, init?: unknown) {
        super(url, init);
        listened.add(this);
        this.#observe('open');
        this.#observe('message');
        this.#observe('error');
      }
      override addEventListener(type: string, listener: (event: never) => void, listenerOptions?: unknown): void {
        this.#observe(type);
        super.addEventListener(type, listener, listenerOptions);
      }
      #observe(type: string): void {
        if (this.#types.has(type)) return;
        this.#types.add(type);
        super.addEventListener(type, ((event: SseEventLike) => report(this, event)) as (event: never) => void);
      }
    };
    Object.defineProperty(Observed, 'name', { value: Original.name || 'EventSource' });
    global.EventSource = Observed;
    restores.push(() => {
      if (global.EventSource === Observed) global.EventSource = Original;
    });
  }

  return () => {
    for (const restore of restores.reverse()) restore();
  };
}
