/**
 * MSW's in-page interception set up the way the mock backend does it —
 * `defineNetwork({ sources: [new InterceptorSource({ interceptors: [..., new WebSocketInterceptor()] })] })`
 * — with `defineNetwork` and `WebSocketInterceptor` replaced by their instrumented versions
 * (what `instrumented/mswExperimental.ts` and `instrumented/mswInterceptorsWebSocket.ts` export),
 * so nothing else is wired by hand. (`@mswjs/interceptors` is MSW's own dependency.)
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { http, HttpResponse, ws } from 'msw';
import { defineNetwork as realDefineNetwork, InterceptorSource } from 'msw/experimental';
import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { WebSocketInterceptor as RealWebSocketInterceptor } from '@mswjs/interceptors/WebSocket';
import type { EventInput, SocketEvent, TimelineEvent } from '../protocol/events.ts';
import { createInstrumentedWebSocketInterceptor, wrapDefineNetwork } from './networkProbe.ts';

const events: TimelineEvent[] = [];
let nextId = 0;
const emit = (input: EventInput) => {
  const event = { ...input, id: ++nextId, time: input.time ?? performance.now() } as TimelineEvent;
  events.push(event);
  return event;
};

const defineNetwork = wrapDefineNetwork(realDefineNetwork, emit);
const WebSocketInterceptor = createInstrumentedWebSocketInterceptor(RealWebSocketInterceptor, emit);

const chat = ws.link('ws://chat.test/room');
const network = defineNetwork({
  sources: [new InterceptorSource({ interceptors: [new FetchInterceptor(), new WebSocketInterceptor()] })],
  handlers: [
    http.get('http://chat.test/history', () => HttpResponse.json(['earlier message'])),
    chat.addEventListener('connection', ({ client }) => {
      client.send('welcome');
      client.addEventListener('message', (event) => {
        client.send(`echo:${String(event.data)}`);
      });
    }),
  ],
  onUnhandledFrame: 'error',
  context: { quiet: true },
});

beforeAll(async () => {
  await network.enable();
});
afterAll(async () => {
  await network.disable();
});

describe('network probes wired through the instrumented defineNetwork and WebSocketInterceptor', () => {
  it('reports HTTP requests of the defined network', async () => {
    expect(await (await fetch('http://chat.test/history')).json()).toEqual(['earlier message']);
    await vi.waitFor(() => expect(events.some((e) => e.kind === 'request:end')).toBe(true));
    expect(events.filter((e) => e.source === 'network').map((e) => e.label)).toEqual(['GET /history', 'GET /history → 200']);
  });

  it('reports the WebSocket connection once, frames out and in (JSON parsed), and the close, in order', async () => {
    const socket = new WebSocket('ws://chat.test/room');
    const received: string[] = [];
    socket.addEventListener('message', (event) => received.push(String(event.data)));
    await new Promise<void>((resolve) => socket.addEventListener('open', () => resolve()));
    socket.send(JSON.stringify({ text: 'hi' }));
    socket.send('bye');
    await vi.waitFor(() => expect(received).toContain('echo:bye'));
    socket.close(1000, 'done');
    await new Promise<void>((resolve) => socket.addEventListener('close', () => resolve()));
    await vi.waitFor(() => expect(events.some((e) => e.kind === 'socket:close')).toBe(true));

    expect(received).toEqual(['welcome', 'echo:{"text":"hi"}', 'echo:bye']);
    const socketEvents = events.filter((e): e is SocketEvent => e.source === 'socket');
    expect(socketEvents.map((e) => `${e.kind} ${e.meta?.direction ?? ''}`.trim())).toEqual([
      'socket:open',
      'socket:in in', // welcome
      'socket:out out', // {"text":"hi"}
      'socket:out out', // bye (sent in the same tick)
      'socket:in in', // echo:{"text":"hi"}
      'socket:in in', // echo:bye
      'socket:close',
    ]);
    const [open, welcome, hi] = socketEvents;
    expect(open!.meta).toMatchObject({ url: 'ws://chat.test/room' });
    expect(welcome).toMatchObject({ label: '↓ /room "welcome"', data: 'welcome', meta: { size: 7 } });
    expect(hi).toMatchObject({ data: { text: 'hi' }, meta: { direction: 'out' } });
    expect(new Set(socketEvents.map((e) => e.meta!.connection)).size).toBe(1);
    expect(socketEvents[4]).toMatchObject({ label: '↓ /room "echo:{\\"text\\":\\"hi\\"}"' });
    expect(socketEvents.at(-1)!.meta).toMatchObject({ code: 1000, reason: 'done' });
  });
});

describe('a frame for the app, and what the app does with it', () => {
  it('is reported before the app’s own message handler runs, so its effects follow it', async () => {
    const socket = new WebSocket('ws://chat.test/room');
    // Attached right away, as apps do, so before the interceptor's connection event.
    socket.onmessage = (event) =>
      emit({ source: 'storage', kind: 'storage:write', label: `handled ${String(event.data)}`, meta: { area: 'localStorage', op: 'setItem' } });
    await vi.waitFor(() => expect(events.some((e) => e.label === 'handled welcome')).toBe(true));
    const labels = events.filter((e) => e.label === '↓ /room "welcome"' || e.label === 'handled welcome').map((e) => e.label);
    expect(labels.slice(-2)).toEqual(['↓ /room "welcome"', 'handled welcome']);
    socket.close();
  });

  it('pretty-prints a JSON frame: the label previews the value, the data is the parsed tree', async () => {
    const socket = new WebSocket('ws://chat.test/room');
    await new Promise<void>((resolve) => socket.addEventListener('open', () => resolve()));
    socket.send(JSON.stringify({ type: 'subscribe', entity: 'tasks' }));
    await vi.waitFor(() => expect(events.some((e) => e.kind === 'socket:out' && e.label.includes('subscribe'))).toBe(true));
    const out = events.findLast((e) => e.kind === 'socket:out')!;
    expect(out.label).toBe('↑ /room { type: "subscribe", entity: "tasks" }');
    expect(out.data).toEqual({ type: 'subscribe', entity: 'tasks' });
    socket.close();
  });
});
