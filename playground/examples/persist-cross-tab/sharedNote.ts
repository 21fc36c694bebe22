/**
 * A note shared by every tab through localStorage, with a revision number so a tab can tell
 * that another one saved since it loaded: then saving would silently throw the other tab's
 * text away, so it is a conflict for the user to settle.
 */
export const NOTE_KEY = 'team.note';

export interface SavedNote {
  rev: number;
  text: string;
  /** Which tab saved it, to say so in the conflict. */
  by: string;
}

export interface LocalNote {
  text: string;
  /** The revision this tab's text started from. */
  baseRev: number;
  /** Edited since it was loaded or saved. */
  dirty: boolean;
}

export function readNote(storage: Storage): SavedNote | null {
  try {
    const value = JSON.parse(storage.getItem(NOTE_KEY) ?? 'null');
    return typeof value?.rev === 'number' && typeof value.text === 'string' ? value : null;
  } catch {
    return null;
  }
}

export type SaveOutcome = { kind: 'saved'; note: SavedNote } | { kind: 'conflict'; theirs: SavedNote } | { kind: 'failed'; problem: string };

/**
 * Saves this tab's text if the stored revision is still the one it started from (or `force`,
 * when the user chose "keep mine").
 */
export function saveNote(storage: Storage, local: LocalNote, tab: string, force = false): SaveOutcome {
  const stored = readNote(storage);
  const storedRev = stored?.rev ?? 0;
  if (stored && storedRev !== local.baseRev && !force) return { kind: 'conflict', theirs: stored };
  const note: SavedNote = { rev: storedRev + 1, text: local.text, by: tab };
  try {
    storage.setItem(NOTE_KEY, JSON.stringify(note));
    return { kind: 'saved', note };
  } catch (error) {
    return { kind: 'failed', problem: (error as Error).name === 'QuotaExceededError' ? 'storage is full' : (error as Error).message };
  }
}

/** Another tab saved: take its text if this tab has nothing unsaved, else it's a conflict. */
export function remoteChange(local: LocalNote, theirs: SavedNote): { local: LocalNote; conflict: SavedNote | null } {
  if (theirs.rev <= local.baseRev) return { local, conflict: null };
  if (!local.dirty) return { local: { text: theirs.text, baseRev: theirs.rev, dirty: false }, conflict: null };
  return { local, conflict: theirs };
}
