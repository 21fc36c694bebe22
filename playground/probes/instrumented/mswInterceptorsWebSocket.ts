/**
 * `@mswjs/interceptors/WebSocket`: `WebSocketInterceptor` observes its own connections, so the
 * frames in and out of every mocked socket (and its close) reach the timeline.
 */
import * as ws from '@mswjs/interceptors/WebSocket';
import { bus } from '../bus.ts';
import { createInstrumentedWebSocketInterceptor } from '../networkProbe.ts';

export * from '@mswjs/interceptors/WebSocket';

export const WebSocketInterceptor: typeof ws.WebSocketInterceptor = createInstrumentedWebSocketInterceptor(
  ws.WebSocketInterceptor,
  bus.emit,
  { diffs: bus.diffs },
);
