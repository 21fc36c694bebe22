/**
 * Runtime wiring for the probes, in one place. At sandbox startup (before the reader's code and
 * before react-dom):
 *
 *   import './probes/instrumented/renderHook.ts'            // 1. before react-dom
 *   import { startProbes } from './probes/instrumented/setup.ts'
 *   const stop = startProbes({
 *     post: (msg) => parent.postMessage(msg, pageOrigin),   // 2. transport to the page
 *     controls: { window, allowedOrigins: [pageOrigin] },   // 3. controls from the page
 *     networkEvents: network.events,                        // 4. MSW (defineNetwork / setupWorker)
 *     webSocketInterceptor,                                 //    the WebSocketInterceptor given to MSW
 *   })
 *
 * and resolve the reader's bare imports through `INSTRUMENTED_SPECIFIERS`.
 */
import { bus, type Transport } from '../bus.ts';
import {
  observeEventSource,
  observeNetworkEvents,
  observeWebSocketInterceptor,
  type NetworkEventsLike,
  type WebSocketInterceptorLike,
} from '../networkProbe.ts';
import { instrumentStorage, type StorageGlobalLike } from '../storageProbe.ts';
import { observeSyncLog } from '../syncProbe.ts';
import type { SyncObservation } from '../../mocks/sync-log.ts';

/** Where `startMockBackend` keeps the running backend (see `playground/mocks/browser.ts`). */
const RUNNING_BACKEND_KEY = Symbol.for('statelab.mocks.runningBackend');
type SyncLogLike = { subscribe(listener: (observation: SyncObservation) => void): () => void };

/**
 * Reports the sync log of each mock backend as it starts. The backend registers itself under a
 * symbol (so a re-run can stop it); an accessor there sees it arrive, so the backend's code
 * carries nothing for the visualizer.
 */
export function observeRunningBackends<B extends object = { syncLog?: SyncLogLike }>(global: object, onBackend: (backend: B) => (() => void) | void): () => void {
  let current: unknown = (global as Record<symbol, unknown>)[RUNNING_BACKEND_KEY];
  let stop: (() => void) | void;
  Object.defineProperty(global, RUNNING_BACKEND_KEY, {
    configurable: true,
    get: () => current,
    set(backend: unknown) {
      current = backend;
      stop?.();
      stop = backend && typeof backend === 'object' ? onBackend(backend as B) : undefined;
    },
  });
  return () => {
    stop?.();
    Object.defineProperty(global, RUNNING_BACKEND_KEY, { configurable: true, writable: true, value: current });
  };
}

export interface ControlSource {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export interface StartProbesOptions {
  /** Posts a message to the page (check the origin there too). */
  post?: Transport;
  /** Where page controls arrive, and from which origins they are accepted. */
  controls?: { window: ControlSource; allowedOrigins: readonly string[]; source?: unknown };
  /** MSW `network.events` / `worker.events` / `server.events`. */
  networkEvents?: NetworkEventsLike;
  /** The `WebSocketInterceptor` instance handed to MSW's `InterceptorSource`. */
  webSocketInterceptor?: WebSocketInterceptorLike;
  /** Called with each mock backend as it starts; returns what to undo when the next replaces it. */
  onMockBackend?: (backend: object) => (() => void) | void;
  /** Global object for Storage / IndexedDB / EventSource patches (default globalThis). */
  global?: StorageGlobalLike & { EventSource?: unknown; EventTarget?: unknown };
}

/** Connect the bus and start the global probes. Returns a teardown function. */
export function startProbes(options: StartProbesOptions = {}): () => void {
  const stops: (() => void)[] = [];
  const global = options.global ?? (globalThis as StorageGlobalLike & { EventSource?: unknown; EventTarget?: unknown });
  if (options.post) {
    bus.connect(options.post);
    stops.push(() => bus.disconnect());
  }
  if (options.controls) {
    const { window: win, allowedOrigins, source } = options.controls;
    const onMessage = (event: MessageEvent) => {
      if (!allowedOrigins.includes(event.origin)) return;
      if (source !== undefined && event.source !== source) return;
      bus.handleControl(event.data);
    };
    win.addEventListener('message', onMessage);
    stops.push(() => win.removeEventListener('message', onMessage));
  }
  if (options.networkEvents) {
    stops.push(
      observeNetworkEvents(options.networkEvents, bus.emit, { diffs: bus.diffs }),
    );
  }
  if (options.webSocketInterceptor) {
    stops.push(observeWebSocketInterceptor(options.webSocketInterceptor, bus.emit, { diffs: bus.diffs }));
  }
  stops.push(instrumentStorage(global, bus.emit, { diffs: bus.diffs }));
  stops.push(observeEventSource(global, bus.emit, { diffs: bus.diffs }));
  stops.push(
    observeRunningBackends<{ syncLog?: SyncLogLike }>(global, (backend) => {
      const stopSync = backend.syncLog ? observeSyncLog(backend.syncLog, bus.emit) : undefined;
      const stopOther = options.onMockBackend?.(backend);
      return () => {
        stopSync?.();
        stopOther?.();
      };
    }),
  );
  return () => {
    for (const stop of stops.reverse()) stop();
  };
}
