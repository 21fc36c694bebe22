import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { NetworkEvent, SocketEvent } from '../protocol/events.ts';
import { observeEventSource, observeNetworkEvents, requestsInFlight } from './networkProbe.ts';
import { recordEvents } from './testSupport/recordEvents.ts';

function recorder() {
  const { emit, events, ofSource } = recordEvents();
  return { emit, events };
}

describe('network probe on MSW life-cycle events (setupServer)', () => {
  const { emit, events } = recorder();
  let realServer: Server;
  let realOrigin = '';
  const server = setupServer(
    http.get('http://api.test/todos', () => HttpResponse.json([{ id: 1, title: 'Write docs' }])),
    http.post('http://api.test/todos', () => HttpResponse.json({ message: 'nope' }, { status: 500 })),
    http.get('http://api.test/offline', () => HttpResponse.error()),
    http.get('http://api.test/chunks/vendor-abc.js', () => new HttpResponse('export {}', { headers: { 'content-type': 'text/javascript' } })),
    http.get('http://api.test/buggy', () => {
      throw new Error('handler bug');
    }),
  );
  let stop: () => void;

  beforeAll(async () => {
    realServer = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('real');
    });
    await new Promise<void>((resolve) => realServer.listen(0, '127.0.0.1', resolve));
    realOrigin = `http://127.0.0.1:${(realServer.address() as AddressInfo).port}`;
    stop = observeNetworkEvents(server.events, emit, { origin: 'http://api.test' });
    server.listen({ onUnhandledFrame: 'bypass' });
  });
  afterAll(async () => {
    stop();
    server.close();
    await new Promise((resolve) => realServer.close(resolve));
  });

  const forRequest = (url: string) =>
    events.filter((e): e is NetworkEvent => e.source === 'network' && e.meta?.url === url).map((e) => e);

  it('reports a mocked request: start, then end with method, URL, status and duration', async () => {
    const response = await fetch('http://api.test/todos');
    expect(await response.json()).toEqual([{ id: 1, title: 'Write docs' }]);
    await vi.waitFor(() => expect(forRequest('http://api.test/todos')).toHaveLength(2));
    const [start, end] = forRequest('http://api.test/todos');
    expect(start).toMatchObject({ kind: 'request:start', label: 'GET /todos', meta: { method: 'GET' } });
    expect(end).toMatchObject({
      kind: 'request:end',
      label: 'GET /todos → 200',
      meta: { method: 'GET', status: 200, responseType: 'mocked', contentType: 'application/json', requestId: start!.meta!.requestId },
    });
    expect(end!.duration).toBeGreaterThanOrEqual(0);
    expect(start!.internal).toBeUndefined();
    expect(end!.internal).toBeUndefined();
  });

  it('marks the runtime fetching its own files on the sandbox origin as internal, start and end', async () => {
    await fetch('http://api.test/chunks/vendor-abc.js');
    await vi.waitFor(() => expect(forRequest('http://api.test/chunks/vendor-abc.js')).toHaveLength(2));
    expect(forRequest('http://api.test/chunks/vendor-abc.js').map((e) => e.internal)).toEqual(['runtime', 'runtime']);
  });

  it('counts a request as in flight from its start until its response', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get('http://api.test/slow', async () => {
        await held;
        return HttpResponse.json({ ok: true });
      }),
    );
    expect(requestsInFlight()).toBe(0);
    const response = fetch('http://api.test/slow');
    await vi.waitFor(() => expect(requestsInFlight()).toBe(1));
    release();
    await (await response).json();
    await vi.waitFor(() => expect(requestsInFlight()).toBe(0));
  });

  it('stops counting a request no handler answers once it has left for the real network, even if that fails', async () => {
    await expect(fetch('http://127.0.0.1:1/refused')).rejects.toThrow();
    await vi.waitFor(() => expect(requestsInFlight()).toBe(0));
  });

  it('reports an error status from a handler', async () => {
    const response = await fetch('http://api.test/todos', { method: 'POST', body: '{}' });
    expect(response.status).toBe(500);
    await vi.waitFor(() => expect(forRequest('http://api.test/todos').some((e) => e.meta?.status === 500)).toBe(true));
    expect(forRequest('http://api.test/todos').at(-1)).toMatchObject({ label: 'POST /todos → 500', meta: { status: 500 } });
  });

  it('reports a network error (HttpResponse.error()) as a request without response', async () => {
    await expect(fetch('http://api.test/offline')).rejects.toThrow();
    await vi.waitFor(() => expect(forRequest('http://api.test/offline')).toHaveLength(2));
    expect(forRequest('http://api.test/offline').map((e) => e.kind)).toEqual(['request:start', 'request:error']);
    expect(forRequest('http://api.test/offline')[1]!.label).toContain('no response');
  });

  it("reports a handler that throws, without silencing MSW's own error log", async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const response = await fetch('http://api.test/buggy');
      expect(response.status).toBe(500);
      await vi.waitFor(() => expect(forRequest('http://api.test/buggy').some((e) => e.kind === 'request:end')).toBe(true));
      expect(forRequest('http://api.test/buggy').map((e) => e.kind)).toEqual(['request:start', 'request:error', 'request:end']);
      const error = forRequest('http://api.test/buggy').find((e) => e.kind === 'request:error')!;
      expect(error.meta!.error).toMatchObject({ $type: 'error', message: 'handler bug' });
      expect(consoleError).toHaveBeenCalled();
    } finally {
      consoleError.mockRestore();
    }
  });

  it('reports an unhandled request and its passthrough response', async () => {
    const url = `${realOrigin}/health`;
    const response = await fetch(url);
    expect(await response.text()).toBe('real');
    await vi.waitFor(() => expect(forRequest(url).some((e) => e.kind === 'request:end')).toBe(true));
    expect(forRequest(url).map((e) => e.kind)).toEqual(['request:start', 'request:unhandled', 'request:end']);
    expect(forRequest(url).at(-1)).toMatchObject({ meta: { status: 200, responseType: 'bypass' } });
  });
});

describe('SSE probe', () => {
  /**
   * Node 24 has no global EventSource without a flag, so this stands in for one (a platform API,
   * not a library): an EventTarget with EventSource's shape that dispatches what a server sends,
   * the way script EventSources (like the mock backend's fetch-based one) do.
   */
  class ScriptEventSource extends EventTarget {
    readonly withCredentials = false;
    readyState = 0;
    constructor(readonly url: string) {
      super();
    }
    close() {
      this.readyState = 2;
    }
    serverSends(type: string, data: string, lastEventId = '') {
      this.dispatchEvent(new MessageEvent(type, { data, lastEventId }));
    }
  }

  it('reports open, default and named messages the app listens to, and errors, once each', () => {
    const { emit, events } = recorder();
    const global: { EventSource?: unknown; EventTarget?: unknown } = { EventSource: ScriptEventSource, EventTarget };
    const restore = observeEventSource(global, emit);
    try {
      const Source = global.EventSource as typeof ScriptEventSource;
      const source = new Source('http://api.test/stream');
      const received: string[] = [];
      source.addEventListener('todo-added', (e) => received.push((e as MessageEvent).data));
      source.dispatchEvent(new Event('open'));
      source.serverSends('message', '{"tick":1}', '1');
      source.serverSends('todo-added', '{"id":3}');
      source.serverSends('not-listened', 'ignored');
      source.dispatchEvent(new Event('error'));
      expect(received).toEqual(['{"id":3}']);
      const socket = events.filter((e): e is SocketEvent => e.source === 'socket');
      expect(socket.map((e) => e.kind)).toEqual(['sse:open', 'sse:message', 'sse:message', 'sse:error']);
      expect(socket[1]).toMatchObject({ data: { tick: 1 }, meta: { event: 'message', lastEventId: '1', direction: 'in' } });
      expect(socket[2]).toMatchObject({ label: '↓ /stream todo-added: { id: 3 }', meta: { event: 'todo-added' } });
    } finally {
      restore();
    }
    expect(global.EventSource).toBe(ScriptEventSource);
  });

  it('still sees a script EventSource put in the global later with defineProperty (as the mock backend does)', () => {
    const { emit, events } = recorder();
    const global = globalThis as { EventSource?: unknown; EventTarget?: unknown };
    const restore = observeEventSource(global, emit); // nothing to wrap yet in Node: only the dispatch hook
    const previous = Object.getOwnPropertyDescriptor(globalThis, 'EventSource');
    Object.defineProperty(globalThis, 'EventSource', { value: ScriptEventSource, configurable: true, writable: true });
    try {
      const source = new (globalThis as unknown as { EventSource: typeof ScriptEventSource }).EventSource('http://api.test/activity');
      source.serverSends('activity', '{"actor":"Sam"}', '7');
      const plainTarget = new EventTarget();
      plainTarget.dispatchEvent(new Event('message')); // not an EventSource: ignored
      const socket = events.filter((e): e is SocketEvent => e.source === 'socket');
      expect(socket).toHaveLength(1);
      expect(socket[0]).toMatchObject({
        kind: 'sse:message',
        data: { actor: 'Sam' },
        meta: { url: 'http://api.test/activity', event: 'activity', lastEventId: '7' },
      });
    } finally {
      if (previous) Object.defineProperty(globalThis, 'EventSource', previous);
      else delete (globalThis as { EventSource?: unknown }).EventSource;
      restore();
    }
    new ScriptEventSource('http://api.test/after').serverSends('message', 'x');
    expect(events.filter((e) => e.source === 'socket')).toHaveLength(1);
  });
});
