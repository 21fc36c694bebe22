/**
 * The reader's edits to one playground, kept in localStorage per example. Only
 * files that differ from the example are stored, with the example's version so
 * edits to an older version are not applied to a newer one.
 */
const STORAGE_PREFIX = 'statelab:playground:';
const FORMAT = 1;

interface SavedEdits {
  format: typeof FORMAT;
  version: string;
  files: Record<string, string>;
  /** When the edits were last saved (ms since the epoch); absent in saves from before it was kept. */
  savedAt?: number;
}

export type LoadResult =
  | { kind: 'none' }
  | { kind: 'restored'; files: Record<string, string>; savedAt: number | null }
  | { kind: 'dropped'; reason: 'corrupt' | 'stale'; notice: string };

export function storageKey(exampleId: string) {
  return STORAGE_PREFIX + exampleId;
}

function isSavedEdits(value: unknown, known: Record<string, string>): value is SavedEdits {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<SavedEdits>;
  return (
    v.format === FORMAT &&
    typeof v.version === 'string' &&
    typeof v.files === 'object' &&
    v.files !== null &&
    Object.entries(v.files).every(([path, code]) => path in known && typeof code === 'string')
  );
}

/** Reads saved edits; anything unreadable or out of date is removed (and only that). */
export function loadSavedEdits(storage: Storage, exampleId: string, version: string, original: Record<string, string>): LoadResult {
  const key = storageKey(exampleId);
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { kind: 'none' };
  }
  if (raw === null) return { kind: 'none' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  if (!isSavedEdits(parsed, original)) {
    storage.removeItem(key);
    return { kind: 'dropped', reason: 'corrupt', notice: 'Your saved edits to this playground could not be read, so the original example is shown.' };
  }
  if (parsed.version !== version) {
    storage.removeItem(key);
    return { kind: 'dropped', reason: 'stale', notice: 'This example has changed since you edited it, so your saved edits were set aside and the new version is shown.' };
  }
  return { kind: 'restored', files: parsed.files, savedAt: typeof parsed.savedAt === 'number' ? parsed.savedAt : null };
}

/** Stores the files that differ from the example; nothing when there is no difference. */
export function saveEdits(
  storage: Storage,
  exampleId: string,
  version: string,
  original: Record<string, string>,
  current: Record<string, string>,
  now = Date.now(),
) {
  const changed = Object.fromEntries(Object.entries(current).filter(([path, code]) => path in original && original[path] !== code));
  const key = storageKey(exampleId);
  try {
    if (Object.keys(changed).length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify({ format: FORMAT, version, files: changed, savedAt: now } satisfies SavedEdits));
  } catch {
    // Storage full or disabled: the edits stay in the editor for this visit.
  }
}

/** The files whose text differs from the example's. */
export function modifiedFiles(original: Record<string, string>, current: Record<string, string>): Set<string> {
  return new Set(Object.keys(current).filter((path) => path in original && original[path] !== current[path]));
}

export function clearSavedEdits(storage: Storage, exampleId: string) {
  storage.removeItem(storageKey(exampleId));
}
