/**
 * `@/mocks/node` as the playground's Tests tab provides it: the same API as node.ts (a
 * synchronous `startMockBackend()` whose `server` has `use`, `resetHandlers` and `events`),
 * with the same handlers, database and fault controls, intercepting `fetch` and WebSocket in
 * the page instead of Node's modules. The Tests tab runs in a frame of its own, so this
 * backend never answers the preview's app. Sent to a playground as `/mocks/node.ts` only
 * when its example has a Tests tab (see `isSentToPlayground`).
 */
import type { UnhandledFrameHandle } from 'msw';
import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { WebSocketInterceptor } from '@mswjs/interceptors/WebSocket';
import { defineNetwork, InterceptorSource } from 'msw/experimental';
import { createMockBackendCore, type MockBackendControls, type MockBackendOptions, controlsOf } from './backend';
import { installFetchEventSource } from './event-source';
import { rejectUnhandledFrames } from './unhandled';

export interface NodeStartOptions extends MockBackendOptions {
  /** Defaults to failing every request and socket that no handler takes. */
  onUnhandledFrame?: UnhandledFrameHandle;
}

function createNetwork(options: NodeStartOptions, handlers: MockBackendControls['handlers']) {
  return defineNetwork({
    sources: [new InterceptorSource({ interceptors: [new FetchInterceptor(), new WebSocketInterceptor()] })],
    handlers: [...handlers],
    onUnhandledFrame: options.onUnhandledFrame ?? rejectUnhandledFrames,
    context: { quiet: true },
  });
}

export interface MockBackend extends MockBackendControls {
  /** The MSW network, for `server.use()` overrides and `server.events` in a test. */
  readonly server: ReturnType<typeof createNetwork>;
  /** Interception off, second user stopped, sockets and streams closed. */
  stop(): void;
}

let running: MockBackend | null = null;

/** As node.ts: a fresh database and the handlers; a backend that is still running is stopped first. */
export function startMockBackend(options: NodeStartOptions = {}): MockBackend {
  running?.stop();
  const uninstallEventSource = installFetchEventSource();
  let core: ReturnType<typeof createMockBackendCore>;
  let server: ReturnType<typeof createNetwork>;
  try {
    core = createMockBackendCore(options);
    server = createNetwork(options, core.handlers);
    // Interception starts synchronously (as setupServer's listen does); the promise only settles it.
    void server.enable();
  } catch (error) {
    uninstallEventSource();
    throw error;
  }
  let stopped = false;
  const backend: MockBackend = {
    ...controlsOf(core),
    server,
    stop() {
      if (stopped) return;
      stopped = true;
      uninstallEventSource();
      core.dispose();
      void server.disable();
      if (running === backend) running = null;
    },
  };
  running = backend;
  return backend;
}

export function stopMockBackend(): void {
  running?.stop();
}

export { createManualClock, type Clock, type ManualClock } from './clock';
export * from './routes';
export * from './types';
export type { MockBackendOptions } from './backend';
export * from './controls';
export type { Faults } from './faults';
export type { SecondUser, SecondUserEdit } from './second-user';
export type { Clients } from './clients';
export { CLIENT_ID_HEADER, CLIENT_ID_PARAM } from './clients';
export { IDEMPOTENCY_HEADER, REPLAYED_HEADER } from './idempotency';
export type { TextOp, TextOpComponent } from './text-docs';
