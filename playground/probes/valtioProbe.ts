/**
 * Valtio 2 probe: wraps `proxy` so every state the reader creates is subscribed to (synchronous
 * notifications, ops enabled with `unstable_enableOp(true)`), and reports each op as a change with
 * its path (`tasks.3.title`), the value written and the previous one.
 *
 * Nested proxies: a write to a child proxy notifies the child's subscribers and then the
 * parent's (with the longer path). When both were created through the wrapper, the first
 * notification is emitted and the parent's fuller path and name are written onto it (same
 * valtio version ⇒ same write), so one write gives one event.
 *
 * Valtio has no actions: any code may write to a proxy. When `isReaderFrame` is given, the row
 * names the function that made the write, read from the call stack (the first frame in the
 * reader's code: `toggleTask` for a write inside `function toggleTask()`, `onClick` for an
 * inline handler). A write from an anonymous function names no action; nothing is guessed from
 * the callers further up.
 */
import type { Emit, TimelineEvent } from '../protocol/events.ts';
import { preview, serialize } from '../protocol/serialize.ts';
import { PAYLOAD_LIMITS, callStack, guard, nextName, type ProbeOptions } from './common.ts';

type Path = (string | symbol)[];
type Op = [op: 'set', path: Path, value: unknown, prevValue: unknown] | [op: 'delete', path: Path, prevValue: unknown];

/** The parts of `valtio/vanilla` the probe needs. */
export interface ValtioLike {
  proxy: <T extends object>(base?: T) => T;
  subscribe: (proxyObject: object, callback: (ops: Op[]) => void, notifyInSync?: boolean) => () => void;
  getVersion: (proxyObject: unknown) => number | undefined;
  unstable_enableOp: (enabled?: boolean) => void;
}

export interface ValtioProbeOptions extends ProbeOptions {
  /** Store name on events; defaults to 'valtio#N'. */
  name?: string;
  /** Whether a stack frame's location is the reader's code; enables naming the writing function. */
  isReaderFrame?: (location: string) => boolean;
}

const FRAME = /^\s*at (?:async )?(?:(.+?) \((.+)\)|(.+))$/;

/** The function that made the write: the first stack frame in the reader's code, if it has a name. */
export function writingFunction(stack: string | undefined, isReaderFrame: (location: string) => boolean): string | undefined {
  for (const line of stack?.split('\n') ?? []) {
    const match = FRAME.exec(line);
    if (!match) continue;
    const location = match[2] ?? match[3] ?? '';
    if (!isReaderFrame(location)) continue;
    const name = match[1]?.replace(/^(Object|Proxy)\./, '');
    return name && name !== '<anonymous>' && !name.startsWith('new ') ? name : undefined;
  }
  return undefined;
}

function currentWriter(isReaderFrame: ((location: string) => boolean) | undefined): string | undefined {
  if (!isReaderFrame) return undefined;
  return writingFunction(callStack(), isReaderFrame);
}

function pathText(path: Path): string {
  return path.map((p) => (typeof p === 'symbol' ? p.toString() : p)).join('.');
}

const observed = new WeakMap<object, () => void>();
let lastVersion: number | undefined;
let lastEvent: TimelineEvent | undefined;

/** Observe one valtio proxy. Returns a function that stops observing. Idempotent. */
export function observeValtioProxy(
  state: object,
  valtio: Pick<ValtioLike, 'subscribe' | 'getVersion'>,
  emit: Emit,
  options: ValtioProbeOptions = {},
): () => void {
  const existing = observed.get(state);
  if (existing) return existing;
  const name = options.name ?? nextName('valtio');
  const limits = options.serialize ?? PAYLOAD_LIMITS;
  const unsubscribe = valtio.subscribe(
    state,
    (ops) =>
      guard(() => {
        const version = valtio.getVersion(state);
        let action: string | undefined | null = null;
        for (const op of ops) {
          const [kind, path] = op;
          const text = pathText(path);
          const value = kind === 'set' ? op[2] : undefined;
          const prevValue = kind === 'set' ? op[3] : op[2];
          if (version !== undefined && version === lastVersion && lastEvent && lastEvent.source === 'store') {
            // Same write seen from an outer proxy: keep one event, with the fuller path.
            const known = lastEvent.changedPaths?.[0] ?? '';
            if (text.length > known.length && text.endsWith(known)) {
              lastEvent.changedPaths = [text];
              const action = lastEvent.meta?.action;
              const before = `${lastEvent.meta?.store ?? ''} · ${action ? `${action}: ` : ''}`;
              const after = `${name} · ${action ? `${action}: ` : ''}`;
              lastEvent.label = lastEvent.label.replace(`${before}${known}`, `${after}${text}`).replace(`${before}delete ${known}`, `${after}delete ${text}`);
              if (lastEvent.meta) lastEvent.meta.store = name;
            }
            continue;
          }
          if (action === null) action = currentWriter(options.isReaderFrame);
          const event = emit({
            source: 'store',
            kind: 'store:changed',
            label:
              (action ? `${name} · ${action}: ` : `${name} · `) +
              (kind === 'set' ? `${text} = ${preview(value, 40)}` : `delete ${text}`),
            data: serialize(kind === 'set' ? value : prevValue, limits),
            changedPaths: [text],
            diffId: options.diffs ? options.diffs.put(prevValue, value) : undefined,
            meta: { library: 'valtio', store: name, op: kind, ...(action ? { action, actionSource: 'inferred' as const } : {}) },
          });
          lastVersion = version;
          lastEvent = event;
        }
      }),
    true,
  );
  const stop = () => {
    unsubscribe();
    observed.delete(state);
  };
  observed.set(state, stop);
  return stop;
}

/**
 * `proxy` that observes every proxy the reader creates (ops are enabled once, here). Proxies
 * valtio creates internally for nested objects are covered through their root's subscription.
 */
export function wrapValtioProxy(valtio: ValtioLike, emit: Emit, options: Omit<ValtioProbeOptions, 'name'> = {}): ValtioLike['proxy'] {
  valtio.unstable_enableOp(true);
  return <T extends object>(base?: T): T => {
    const state = valtio.proxy(base);
    observeValtioProxy(state, valtio, emit, options);
    return state;
  };
}
