import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../../tests/unit/support/memoryStorage.ts';
import { NOTE_KEY, readNote, remoteChange, saveNote, type LocalNote } from './sharedNote';

const clean = (text: string, baseRev: number): LocalNote => ({ text, baseRev, dirty: false });

describe('a note shared by two tabs', () => {
  it('saves with the next revision when nobody else saved', () => {
    const storage = new MemoryStorage();
    expect(saveNote(storage, { text: 'hi', baseRev: 0, dirty: true }, 'A')).toEqual({ kind: 'saved', note: { rev: 1, text: 'hi', by: 'A' } });
    expect(readNote(storage)).toEqual({ rev: 1, text: 'hi', by: 'A' });
  });

  it('two tabs edit from the same revision: the second save is a conflict and writes nothing', () => {
    const storage = new MemoryStorage();
    saveNote(storage, { text: 'start', baseRev: 0, dirty: true }, 'A');
    saveNote(storage, { text: 'from A', baseRev: 1, dirty: true }, 'A');
    const before = storage.getItem(NOTE_KEY);
    const outcome = saveNote(storage, { text: 'from B', baseRev: 1, dirty: true }, 'B');
    expect(outcome).toEqual({ kind: 'conflict', theirs: { rev: 2, text: 'from A', by: 'A' } });
    expect(storage.getItem(NOTE_KEY)).toBe(before);
  });

  it('"keep mine" overwrites on purpose, with a newer revision', () => {
    const storage = new MemoryStorage();
    saveNote(storage, { text: 'from A', baseRev: 0, dirty: true }, 'A');
    expect(saveNote(storage, { text: 'from B', baseRev: 0, dirty: true }, 'B', true)).toEqual({ kind: 'saved', note: { rev: 2, text: 'from B', by: 'B' } });
  });

  it("takes another tab's save when nothing here is unsaved, and flags a conflict when something is", () => {
    const theirs = { rev: 3, text: 'theirs', by: 'A' };
    expect(remoteChange(clean('mine', 2), theirs)).toEqual({ local: clean('theirs', 3), conflict: null });
    const dirty = { text: 'mine, edited', baseRev: 2, dirty: true };
    expect(remoteChange(dirty, theirs)).toEqual({ local: dirty, conflict: theirs });
  });

  it('quota exceeded: reported, and the stored note stays', () => {
    const storage = new MemoryStorage();
    saveNote(storage, { text: 'kept', baseRev: 0, dirty: true }, 'A');
    storage.full = true;
    expect(saveNote(storage, { text: 'lost?', baseRev: 1, dirty: true }, 'A')).toEqual({ kind: 'failed', problem: 'storage is full' });
    expect(readNote(storage)?.text).toBe('kept');
  });
});
