import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { WebSocketInterceptor } from '@mswjs/interceptors/WebSocket';
import { XMLHttpRequestInterceptor } from '@mswjs/interceptors/XMLHttpRequest';
import type { UnhandledFrameHandle } from 'msw';
import { defineNetwork, InterceptorSource, NetworkReadyState } from 'msw/experimental';
import { createMockBackendCore, type MockBackendControls, type MockBackendOptions, controlsOf } from './backend';
import { installFetchEventSource } from './event-source';
import { rejectUnhandledFrames } from './unhandled';

export interface BrowserStartOptions extends MockBackendOptions {
  /** Defaults to failing every request and socket that no handler takes. */
  onUnhandledFrame?: UnhandledFrameHandle;
  /** MSW logs every mocked request to the console when false. Defaults to true. */
  quiet?: boolean;
}

function createNetwork(options: BrowserStartOptions, handlers: MockBackendControls['handlers']) {
  return defineNetwork({
    // In-page interception: no service worker to register, works in any iframe.
    sources: [
      new InterceptorSource({
        interceptors: [new FetchInterceptor(), new XMLHttpRequestInterceptor(), new WebSocketInterceptor()],
      }),
    ],
    handlers: [...handlers],
    onUnhandledFrame: options.onUnhandledFrame ?? rejectUnhandledFrames,
    context: { quiet: options.quiet ?? true },
  });
}

export interface MockBackend extends MockBackendControls {
  /** MSW life-cycle events (`request:start`, `response:mocked`, `websocket:connection`, …) for the visualizer. */
  readonly events: ReturnType<typeof createNetwork>['events'];
  /** Interception off, second user stopped, sockets and event streams closed. */
  stop(): Promise<void>;
}

/**
 * The backend of the previous run. Kept on globalThis, not in a module variable,
 * because a playground re-run evaluates this module afresh.
 */
const RUNNING_KEY = Symbol.for('statelab.mocks.runningBackend');
const registry = globalThis as { [RUNNING_KEY]?: MockBackend | null };

/**
 * Starts the mock backend in the page, before the app renders: a fresh database,
 * the REST, socket and activity handlers, the fault controls and the second user.
 * A backend that is still running (the previous run of a playground) is stopped first.
 *
 * `fetch`, XMLHttpRequest and WebSocket are intercepted in the page; EventSource is
 * swapped for a fetch-based one while the backend runs (the native one cannot be
 * intercepted without a service worker).
 */
export async function startMockBackend(options: BrowserStartOptions = {}): Promise<MockBackend> {
  await registry[RUNNING_KEY]?.stop();
  const uninstallEventSource = installFetchEventSource();
  let core: ReturnType<typeof createMockBackendCore>;
  let network: ReturnType<typeof createNetwork>;
  try {
    core = createMockBackendCore(options);
    network = createNetwork(options, core.handlers);
    await network.enable();
  } catch (error) {
    uninstallEventSource();
    throw error;
  }

  let stopped: Promise<void> | null = null;
  const backend: MockBackend = {
    ...controlsOf(core),
    events: network.events,
    stop() {
      stopped ??= (async () => {
        // Close the page's event streams first, so they end quietly instead of reporting an error.
        uninstallEventSource();
        core.dispose();
        // The playground runtime may have disabled the network already when it re-ran.
        if (network.readyState === NetworkReadyState.ENABLED) await network.disable();
        if (registry[RUNNING_KEY] === backend) registry[RUNNING_KEY] = null;
      })();
      return stopped;
    },
  };
  registry[RUNNING_KEY] = backend;
  return backend;
}

/** Stops the running backend, if any: for a runtime that tears a playground run down. */
export async function stopMockBackend(): Promise<void> {
  await registry[RUNNING_KEY]?.stop();
}

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
