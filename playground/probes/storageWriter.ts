/**
 * Who made a storage write, for the storage rows: a persistence library (`Zustand persist`,
 * `Jotai atomWithStorage`, `TanStack Query persister`, `idb-keyval`), another package, or the
 * reader's own code with its file and line.
 *
 * Read from the call stack at the write. The runtime's vendor chunks are minified and most are
 * named `chunk-<hash>.js`, so a frame's file says nothing by itself: the runtime's build maps each
 * chunk to the library its code is (`storage-writers.json`, from esbuild's metafile; see
 * `playground/runtime/build/chunkLibraries.ts`), and the runtime hands that map to
 * `setChunkLibraries` before the reader's code runs. The reader's modules are evaluated under
 * `/__modules__/`, so their frames name the file.
 *
 * The innermost frame that is a library's or the reader's made the write (the runtime's and the
 * probes' own frames are skipped). A persistence library further out that called it, directly or
 * through the reader's code, is the more specific writer: a TanStack Query persister that used
 * idb-keyval is `TanStack Query persister` via `idb-keyval`. When the reader's code made the write,
 * it is theirs, even inside a library's callback (a Zustand `subscribe` listener that saves).
 *
 * Some libraries write after a timer or a promise, where the stack no longer shows who asked:
 * idb-keyval runs every operation in a promise callback. A value a persistence library handed
 * over (`markPersisted`, e.g. each client given to a TanStack Query persister) names that library
 * when it reaches IndexedDB.
 */
import type { StorageWriter } from '../protocol/events.ts';
import { READER_MODULE_MARK } from './internals.ts';

/** What the runtime's build says of one chunk: the library its code is, and whether it persists state. */
export interface ChunkLibrary {
  name: string;
  persistence?: true;
}

/** Chunks by their path on the sandbox origin (`/chunks/middleware-W7T4DCWD.js`). */
export type ChunkLibraries = Readonly<Record<string, ChunkLibrary>>;

/** The chunk map's file next to the runtime (written by its build, fetched at start-up). */
export const CHUNK_LIBRARIES_FILE = 'storage-writers.json';

/** The writer name of the reader's own code. */
export const READER_WRITER = 'your code';

type Frame = { kind: 'reader'; at: string } | { kind: 'library'; library: ChunkLibrary };

// The location at the end of a V8 line (`at f (url:1:2)`, `at url:1:2`) or a Firefox/Safari one (`f@url:1:2`).
const LOCATION = /(?:\(|@|\s)([a-z][a-z0-9+.-]*:\/\/[^\s()]*?):(\d+):\d+\)?\s*$/i;
const PATHNAME = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/[^?#]*)/i;

function frameOf(line: string, libraries: ChunkLibraries): Frame | undefined {
  const match = LOCATION.exec(line);
  if (!match) return undefined;
  const path = PATHNAME.exec(match[1]!)?.[1];
  if (path === undefined) return undefined;
  if (path.startsWith(READER_MODULE_MARK)) return { kind: 'reader', at: `${path.slice(READER_MODULE_MARK.length)}:${match[2]}` };
  const library = libraries[path];
  return library ? { kind: 'library', library } : undefined;
}

/** The writer of a storage write from its call stack (an `Error().stack`), if a library's or the reader's frame is on it. */
export function storageWriter(stack: string | undefined, libraries: ChunkLibraries): StorageWriter | undefined {
  if (!stack) return undefined;
  let innermost: Frame | undefined;
  let outerPersistence: ChunkLibrary | undefined;
  for (const line of stack.split('\n')) {
    const frame = frameOf(line, libraries);
    if (!frame) continue;
    innermost ??= frame;
    if (innermost.kind === 'reader') break;
    if (frame.kind === 'library' && frame.library.persistence) outerPersistence = frame.library;
  }
  if (!innermost) return undefined;
  if (innermost.kind === 'reader') return { name: READER_WRITER, at: innermost.at };
  const made = innermost.library.name;
  return outerPersistence && outerPersistence.name !== made ? { name: outerPersistence.name, via: made } : { name: made };
}

/** The writer of a value a persistence library handed over (`markPersisted`), with what the stack shows. */
export function withPersistedBy(persistedBy: string, fromStack: StorageWriter | undefined): StorageWriter {
  if (!fromStack || fromStack.name === persistedBy) return { name: persistedBy };
  if (fromStack.name === READER_WRITER) return { name: persistedBy, ...(fromStack.at ? { at: fromStack.at } : {}) };
  return { name: persistedBy, via: fromStack.via ?? fromStack.name };
}

let chunkLibraries: ChunkLibraries = {};

/** The build's chunk map (`storage-writers.json`); the runtime sets it before the reader's code runs. */
export function setChunkLibraries(libraries: ChunkLibraries): void {
  chunkLibraries = libraries;
}

const persisted = new WeakMap<object, string>();

/** Marks a value a persistence library hands to storage code (a persister), so the write names it. */
export function markPersisted(value: unknown, library: string): void {
  if (value !== null && typeof value === 'object') persisted.set(value, library);
}

/** The persistence library that handed over `value`, if one did. */
export function persistedBy(value: unknown): string | undefined {
  return value !== null && typeof value === 'object' ? persisted.get(value) : undefined;
}

/** The writer of the write being made now, by the runtime's chunk map. */
export function currentWriter(stack: string | undefined, value?: unknown): StorageWriter | undefined {
  const fromStack = storageWriter(stack, chunkLibraries);
  const by = persistedBy(value);
  return by ? withPersistedBy(by, fromStack) : fromStack;
}
