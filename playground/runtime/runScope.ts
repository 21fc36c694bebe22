/**
 * Everything one run of the reader's code started, so the next run can stop it.
 *
 * The reader's modules are evaluated with these globals shadowed by tracking
 * versions (see `trackedGlobals`), so only user code is tracked: vendor code such
 * as React's scheduler keeps the real timers and is never disturbed. Vendor
 * modules that create long-lived things on the user's behalf (React roots, MSW
 * networks) register them through `currentRun()`.
 *
 * The tracked timers start the window's timers as they are at each call, not the ones
 * it had at start-up: in the Tests tab `vi.useFakeTimers()` replaces them there, and
 * the reader's code must see the fakes, as it does in Node. Cleanup uses the real ones
 * (a fake timer is gone with its clock).
 */

type Disposer = () => void;

const realWindow = window;
const real = {
  setTimeout: window.setTimeout.bind(window),
  clearTimeout: window.clearTimeout.bind(window),
  setInterval: window.setInterval.bind(window),
  clearInterval: window.clearInterval.bind(window),
  requestAnimationFrame: window.requestAnimationFrame.bind(window),
  cancelAnimationFrame: window.cancelAnimationFrame.bind(window),
};

export interface RunStats {
  timeouts: number;
  intervals: number;
  animationFrames: number;
  listeners: number;
  openSockets: number;
  openEventSources: number;
  pendingFetches: number;
  disposers: number;
}

export class RunScope {
  private readonly timeouts = new Set<number>();
  private readonly intervals = new Set<number>();
  private readonly frames = new Set<number>();
  private readonly listeners = new Set<{ target: EventTarget; type: string; listener: EventListenerOrEventListenerObject; options?: boolean | EventListenerOptions }>();
  private readonly sockets = new Set<WebSocket>();
  private readonly eventSources = new Set<EventSource>();
  private readonly fetches = new Set<AbortController>();
  private readonly disposers: Disposer[] = [];
  disposed = false;

  /** Registers cleanup for something a vendor module created for this run. */
  onDispose(disposer: Disposer) {
    this.disposers.push(disposer);
  }

  stats(): RunStats {
    return {
      timeouts: this.timeouts.size,
      intervals: this.intervals.size,
      animationFrames: this.frames.size,
      listeners: this.listeners.size,
      openSockets: [...this.sockets].filter((s) => s.readyState < 2).length,
      openEventSources: [...this.eventSources].filter((s) => s.readyState !== 2).length,
      pendingFetches: this.fetches.size,
      disposers: this.disposers.length,
    };
  }

  /** Stops everything this run started, newest first. Errors in one cleanup don't stop the others. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    this.timeouts.forEach((id) => real.clearTimeout(id));
    this.intervals.forEach((id) => real.clearInterval(id));
    this.frames.forEach((id) => real.cancelAnimationFrame(id));
    this.listeners.forEach(({ target, type, listener, options }) => target.removeEventListener(type, listener, options));
    this.sockets.forEach((socket) => socket.close());
    this.eventSources.forEach((source) => source.close());
    this.fetches.forEach((controller) => controller.abort(new DOMException('The playground re-ran', 'AbortError')));
    for (const dispose of this.disposers.reverse()) {
      try {
        await dispose();
      } catch (error) {
        console.warn('[runtime] cleanup of the previous run failed:', error);
      }
    }
    this.timeouts.clear();
    this.intervals.clear();
    this.frames.clear();
    this.listeners.clear();
    this.sockets.clear();
    this.eventSources.clear();
    this.fetches.clear();
  }

  /** The globals the reader's modules see in place of the real ones. */
  trackedGlobals(): Record<string, unknown> {
    const scope = this;
    const live = () => !scope.disposed;
    const trackListener = (target: EventTarget) => ({
      addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
        if (!live() || !listener) return;
        scope.listeners.add({ target, type, listener, options });
        target.addEventListener(type, listener, options);
      },
      removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) {
        for (const entry of scope.listeners) {
          if (entry.target === target && entry.type === type && entry.listener === listener) scope.listeners.delete(entry);
        }
        target.removeEventListener(type, listener, options);
      },
    });

    const timers = {
      setTimeout(handler: TimerHandler, ms?: number, ...args: unknown[]) {
        if (!live()) return 0;
        const id: number = realWindow.setTimeout(
          (...a: unknown[]) => {
            scope.timeouts.delete(id);
            if (typeof handler === 'function') handler(...a);
          },
          ms,
          ...args,
        );
        scope.timeouts.add(id);
        return id;
      },
      clearTimeout(id?: number) {
        if (id !== undefined) scope.timeouts.delete(id);
        realWindow.clearTimeout(id);
      },
      setInterval(handler: TimerHandler, ms?: number, ...args: unknown[]) {
        if (!live()) return 0;
        const id = realWindow.setInterval(handler, ms, ...args);
        scope.intervals.add(id);
        return id;
      },
      clearInterval(id?: number) {
        if (id !== undefined) scope.intervals.delete(id);
        realWindow.clearInterval(id);
      },
      requestAnimationFrame(callback: FrameRequestCallback) {
        if (!live()) return 0;
        const id = realWindow.requestAnimationFrame((t) => {
          scope.frames.delete(id);
          callback(t);
        });
        scope.frames.add(id);
        return id;
      },
      cancelAnimationFrame(id: number) {
        scope.frames.delete(id);
        realWindow.cancelAnimationFrame(id);
      },
    };

    // Resolved at call time: the mock backend patches window.fetch/WebSocket/EventSource after start-up.
    function fetchTracked(input: RequestInfo | URL, init?: RequestInit) {
      const controller = new AbortController();
      const signal = init?.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal;
      scope.fetches.add(controller);
      return realWindow.fetch(input, { ...init, signal }).finally(() => scope.fetches.delete(controller));
    }
    const WebSocketTracked = new Proxy(realWindow.WebSocket, {
      construct(_target, args) {
        const socket = Reflect.construct(realWindow.WebSocket, args) as WebSocket;
        if (live()) scope.sockets.add(socket);
        else socket.close();
        return socket;
      },
      get: (_target, key) => Reflect.get(realWindow.WebSocket, key),
    });
    const EventSourceTracked = new Proxy(realWindow.EventSource, {
      construct(_target, args) {
        const source = Reflect.construct(realWindow.EventSource, args) as EventSource;
        if (live()) scope.eventSources.add(source);
        else source.close();
        return source;
      },
      get: (_target, key) => Reflect.get(realWindow.EventSource, key),
    });

    const windowListeners = trackListener(realWindow);
    const documentListeners = trackListener(realWindow.document);
    const overrides: Record<PropertyKey, unknown> = {
      ...timers,
      ...windowListeners,
      fetch: fetchTracked,
      WebSocket: WebSocketTracked,
      EventSource: EventSourceTracked,
    };
    const facade = <T extends object>(target: T, own: Record<PropertyKey, unknown>) =>
      new Proxy(target, {
        get(t, key) {
          if (key in own) return own[key];
          const value = Reflect.get(t, key, t);
          // Methods of window/document must be called on the real object.
          return typeof value === 'function' && !/^[A-Z]/.test(String(key)) ? value.bind(t) : value;
        },
        set: (t, key, value) => Reflect.set(t, key, value, t),
      });
    const documentFacade = facade(realWindow.document, documentListeners);
    const windowFacade = facade(realWindow, { ...overrides, document: documentFacade });
    overrides.window = windowFacade;
    overrides.self = windowFacade;
    overrides.globalThis = windowFacade;
    return { ...overrides, document: documentFacade };
  }
}

let current: RunScope | null = null;

/** The run the reader's code is in; vendor wrappers register cleanup here. */
export function currentRun(): RunScope | null {
  return current;
}

/** Disposes the previous run and starts a new one. */
export async function startRun(): Promise<RunScope> {
  const previous = current;
  current = null;
  if (previous) await previous.dispose();
  current = new RunScope();
  return current;
}
