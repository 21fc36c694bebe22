/**
 * The board's saved preferences, versioned. Each release that changes their shape bumps
 * `CURRENT_VERSION` and adds one step to `migrations`, so data written by any older release
 * still loads. Data that can't be loaded is kept, never thrown away: the raw string goes to a
 * backup key, the app starts from the defaults, and the reader is told.
 */
export const STORAGE_KEY = 'board.preferences';
export const CURRENT_VERSION = 3;

export type StatusFilter = 'all' | 'todo' | 'in_progress' | 'done';

export interface Preferences {
  statusFilter: StatusFilter;
  sort: { field: 'dueDate' | 'title'; direction: 'asc' | 'desc' };
  pinnedProjectIds: string[];
}

export const defaultPreferences: Preferences = {
  statusFilter: 'all',
  sort: { field: 'dueDate', direction: 'asc' },
  pinnedProjectIds: [],
};

/** What a release wrote: `{ version, state }`. */
interface Envelope {
  version: number;
  state: unknown;
}

type Migration = (state: any) => unknown;

/** `migrations[n]` turns version n's state into version n + 1's. Never edit a released step. */
export const migrations: Record<number, Migration> = {
  // v1 → v2: `filter` became `statusFilter`, and the sort got a direction.
  1: ({ filter, sortBy }: { filter: string; sortBy: 'dueDate' | 'title' }) => ({
    statusFilter: filter,
    sort: { field: sortBy, direction: 'asc' },
  }),
  // v2 → v3: "in-progress" became "in_progress" (the API's spelling), and projects can be pinned.
  2: (state: { statusFilter: string; sort: Preferences['sort'] }) => ({
    ...state,
    statusFilter: state.statusFilter === 'in-progress' ? 'in_progress' : state.statusFilter,
    pinnedProjectIds: [],
  }),
};

/** Runs every step from `version` up to `CURRENT_VERSION`. Throws if a step is missing. */
export function migrate(state: unknown, version: number): unknown {
  let current = state;
  for (let v = version; v < CURRENT_VERSION; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`no migration from version ${v} to ${v + 1}`);
    current = step(current);
  }
  return current;
}

const FILTERS: readonly string[] = ['all', 'todo', 'in_progress', 'done'];

/** The current version's shape, checked field by field: a migration bug must not reach the app. */
export function isPreferences(value: unknown): value is Preferences {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, any>;
  return (
    FILTERS.includes(v.statusFilter) &&
    (v.sort?.field === 'dueDate' || v.sort?.field === 'title') &&
    (v.sort?.direction === 'asc' || v.sort?.direction === 'desc') &&
    Array.isArray(v.pinnedProjectIds) &&
    v.pinnedProjectIds.every((id: unknown) => typeof id === 'string')
  );
}

export type LoadResult =
  | { status: 'empty'; preferences: Preferences }
  | { status: 'loaded'; preferences: Preferences; migratedFrom: number | null }
  /** The saved value could not be used: `backupKey` holds it as it was (null if even that failed). */
  | { status: 'recovered'; preferences: Preferences; problem: string; backupKey: string | null };

/** Reads, migrates and checks the saved preferences. Never throws. */
export function loadPreferences(storage: Storage, now = () => new Date()): LoadResult {
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch (error) {
    return { status: 'recovered', preferences: defaultPreferences, problem: `storage can't be read (${(error as Error).name})`, backupKey: null };
  }
  if (raw === null) return { status: 'empty', preferences: defaultPreferences };

  const recover = (problem: string): LoadResult => ({
    status: 'recovered',
    preferences: defaultPreferences,
    problem,
    backupKey: backUp(storage, raw, now()),
  });

  let envelope: Envelope;
  try {
    envelope = JSON.parse(raw);
  } catch {
    // A value cut off by a full disk or a crash mid-write fails here too.
    return recover('the saved value is not valid JSON (corrupt or cut off)');
  }
  const version = (envelope as Partial<Envelope> | null)?.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return recover('the saved value has no version');
  if (version > CURRENT_VERSION) return recover(`it was saved by a newer version of the app (v${version}; this is v${CURRENT_VERSION})`);

  let migrated: unknown;
  try {
    migrated = migrate(envelope.state, version);
  } catch (error) {
    return recover(`migrating it from v${version} failed: ${(error as Error).message}`);
  }
  if (!isPreferences(migrated)) return recover(`after migrating from v${version} it is not valid v${CURRENT_VERSION} preferences`);
  return { status: 'loaded', preferences: migrated, migratedFrom: version < CURRENT_VERSION ? version : null };
}

/** Copies the raw string, byte for byte, to a key of its own. Null when storage refuses it (full). */
function backUp(storage: Storage, raw: string, at: Date): string | null {
  const key = `${STORAGE_KEY}.backup-${at.toISOString()}`;
  try {
    storage.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}

export type SaveResult = { ok: true } | { ok: false; problem: string };

/** Writes the preferences with their version. A full or unavailable storage is reported, not thrown. */
export function savePreferences(storage: Storage, preferences: Preferences): SaveResult {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: CURRENT_VERSION, state: preferences } satisfies Envelope));
    return { ok: true };
  } catch (error) {
    const name = (error as Error).name;
    return {
      ok: false,
      problem: name === 'QuotaExceededError' ? 'storage is full' : `storage refused the write (${name})`,
    };
  }
}
