import type { UnhandledFrameHandle } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import { createMockBackendCore, type MockBackendControls, type MockBackendOptions, controlsOf } from './backend';
import { installFetchEventSource } from './event-source';
import { rejectUnhandledFrames } from './unhandled';

export interface NodeStartOptions extends MockBackendOptions {
  /** Defaults to failing every request and socket that no handler takes. */
  onUnhandledFrame?: UnhandledFrameHandle;
}

export interface MockBackend extends MockBackendControls {
  /** The MSW server, for `server.use()` overrides in a test. */
  readonly server: SetupServer;
  /** Interception off, second user stopped, sockets and streams closed. */
  stop(): void;
}

let running: MockBackend | null = null;

/**
 * Starts the mock backend in Node (Vitest) with `setupServer`: a fresh database,
 * the REST, socket and activity handlers, the fault controls and the second user.
 * A backend that is still running is stopped first.
 *
 * `globalThis.EventSource` is a fetch-based EventSource while it runs, so
 * `new EventSource(ACTIVITY_URL)` works without Node's `--experimental-eventsource`.
 */
export function startMockBackend(options: NodeStartOptions = {}): MockBackend {
  running?.stop();
  const uninstallEventSource = installFetchEventSource();
  let core: ReturnType<typeof createMockBackendCore>;
  let server: SetupServer;
  try {
    core = createMockBackendCore(options);
    server = setupServer(...core.handlers);
    server.listen({ onUnhandledFrame: options.onUnhandledFrame ?? rejectUnhandledFrames });
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
      // Close the event streams first, so they end quietly instead of reporting an error.
      uninstallEventSource();
      core.dispose();
      server.close();
      if (running === backend) running = null;
    },
  };
  running = backend;
  return backend;
}

/** Stops the running backend, if any. */
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
