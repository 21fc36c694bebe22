/**
 * Hydration and migration rows, read from storage itself (no library asked): a saved value read
 * back is a hydration; a value read with one schema `version` and written back under the same key
 * with another is a migration. Zustand's `persist` (`{ state, version }`), and any code that keeps
 * a top-level `version` beside its state, show both without being told.
 */
import type { EventInput, StorageMeta } from '../protocol/events.ts';

/** The same value read again this soon (a library reading on every render, say) is one hydration. */
export const REREAD_QUIET_MS = 1000;

/** The schema version of a saved value: a numeric `version` at its top level, if it has one. */
export function savedVersion(value: unknown): number | undefined {
  const parsed = typeof value === 'string' ? tryParse(value) : value;
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
    const { version } = parsed as { version?: unknown };
    if (typeof version === 'number' && Number.isFinite(version)) return version;
  }
  return undefined;
}

function tryParse(text: string): unknown {
  const t = text.trimStart();
  if (!t.startsWith('{') || text.length > 200_000) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

type Place = Pick<StorageMeta, 'area' | 'database' | 'objectStore'> & { key: string };
const placeName = ({ area, database, objectStore, key }: Place) =>
  area === 'indexedDB' ? `IndexedDB ${database ? `${database}.` : ''}${objectStore ?? ''} ${JSON.stringify(key)}` : `${area} ${JSON.stringify(key)}`;

/** Tracks what was read where, and turns reads and writes into hydration and migration rows. */
export function createHydrationTracker(now: () => number = () => performance.now()) {
  const reads = new Map<string, { size: number; version: number | undefined; at: number; text: unknown }>();
  const id = (place: Place) => `${place.area}|${place.database ?? ''}|${place.objectStore ?? ''}|${place.key}`;
  return {
    /** A saved value was read (`size`: its length as text). Returns the row to emit, if any. */
    read(place: Place, value: unknown, size: number): EventInput | undefined {
      const key = id(place);
      const previous = reads.get(key);
      const version = savedVersion(value);
      const at = now();
      reads.set(key, { size, version, at, text: value });
      if (previous && previous.text === value && at - previous.at < REREAD_QUIET_MS) return undefined;
      const versionText = version === undefined ? '' : `, version ${version}`;
      return {
        source: 'storage',
        kind: 'storage:hydrate',
        label: `Hydrated from ${placeName(place)} (${size} B${versionText})`,
        meta: { area: place.area, op: place.area === 'indexedDB' ? 'get' : 'getItem', key: place.key, size, ...(version !== undefined ? { toVersion: version } : {}), ...pick(place) },
      };
    },
    /** A value was written. Returns the migration row when it changes the version last read there. */
    wrote(place: Place, value: unknown): EventInput | undefined {
      const key = id(place);
      const previous = reads.get(key);
      const version = savedVersion(value);
      if (!previous || previous.version === undefined || version === undefined || version === previous.version) return undefined;
      reads.set(key, { ...previous, version });
      return {
        source: 'storage',
        kind: 'storage:migrate',
        label: `Migrated ${placeName(place)} v${previous.version}→v${version}`,
        meta: { area: place.area, op: place.area === 'indexedDB' ? 'put' : 'setItem', key: place.key, fromVersion: previous.version, toVersion: version, ...pick(place) },
      };
    },
  };
}

const pick = ({ database, objectStore }: Place) => ({ ...(database !== undefined ? { database } : {}), ...(objectStore !== undefined ? { objectStore } : {}) });
