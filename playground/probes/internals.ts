/**
 * Which events are the sandbox's own plumbing rather than the reader's app. The probes mark them
 * (`internal: '<owner>'`) where they see them, so the timeline can hide them by default:
 *
 * - storage the runtime's libraries keep for themselves: MSW's WebSocket client registry in
 *   IndexedDB (`msw-websocket-clients`), and the `debug` key the `debug` logger inside MSW's
 *   interceptors clears at start-up. A write to that key made from the reader's code (a frame
 *   of a reader module on the call stack) is the reader's;
 * - requests for the runtime's own files (its chunks, scripts, stylesheets, precompiled modules)
 *   that pass through the network layer.
 */

/** Source URLs of the reader's modules contain this (the runtime's `MODULE_URL_PREFIX`). */
export const READER_MODULE_MARK = '/__modules__/';

/** Whether a call stack (an `Error().stack`) passes through one of the reader's modules. */
export function calledFromReaderCode(stack: string | undefined): boolean {
  return stack !== undefined && stack.includes(READER_MODULE_MARK);
}

interface InternalStorage {
  owner: string;
  area: 'localStorage' | 'sessionStorage' | 'indexedDB';
  /** Web Storage key. */
  key?: string;
  /** IndexedDB database. */
  database?: string;
  /** Internal even when the reader's code is on the stack (e.g. MSW writing as the app connects). */
  always?: boolean;
}

/** Storage the sandbox's libraries use for themselves (exact keys and databases). */
export const INTERNAL_STORAGE: readonly InternalStorage[] = [
  { owner: 'MSW', area: 'indexedDB', database: 'msw-websocket-clients', always: true },
  { owner: 'MSW (debug logger)', area: 'localStorage', key: 'debug' },
];

/**
 * Who owns a storage write, if it is internal. `stack` is read only for entries that the reader
 * could also write (pass a thunk: capturing a stack costs).
 */
export function internalStorageOwner(
  write: { area: string; key?: unknown; database?: string },
  stack: () => string | undefined,
): string | undefined {
  for (const entry of INTERNAL_STORAGE) {
    if (entry.area !== write.area) continue;
    if (entry.database !== undefined && entry.database !== write.database) continue;
    if (entry.key !== undefined && entry.key !== write.key) continue;
    if (entry.always || !calledFromReaderCode(stack())) return entry.owner;
  }
  return undefined;
}

/** Paths of the runtime's own files on the sandbox origin. */
const RUNTIME_FILE = /^\/(?:chunks\/|__modules__\/|runtime\.js$|transpiled\.json$|preview(?:-theme)?\.(?:css|js)$|index\.html$)|\.(?:m?js|css|map|wasm)$/;

/**
 * Whether a request is the runtime fetching its own files: a script, stylesheet or chunk on the
 * sandbox's origin (`origin`, the page the runtime runs in). The mock backend's API shares that
 * origin, so only file paths count.
 */
export function isRuntimeRequest(url: string, origin: string | undefined): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url, origin);
  } catch {
    return false;
  }
  if (origin !== undefined && parsed.origin !== origin) return false;
  return RUNTIME_FILE.test(parsed.pathname);
}
