import { describe, expect, it } from 'vitest';
import { formatDuration, formatPath, formatRelative, formatShare, formatWriter, previewValue } from './format.ts';
import { serialize } from '../../../playground/protocol/serialize.ts';

describe('formatting for the panel', () => {
  it('writes diff paths the way code reads them', () => {
    expect(formatPath(['filter', 'status'])).toBe('filter.status');
    expect(formatPath(['api', 'queries', 'getTasks("all")', 'data', '3', 'status'])).toBe('api.queries["getTasks(\\"all\\")"].data[3].status');
    expect(formatPath([])).toBe('(whole value)');
  });

  it('previews serialized values on one bounded line, special values readably', () => {
    expect(previewValue(serialize({ id: 'task_1', status: 'done' }))).toBe('{ id: "task_1", status: "done" }');
    expect(previewValue(serialize(new Map([[1, 2]])))).toBe('Map(1)');
    expect(previewValue(serialize(undefined))).toBe('undefined');
    expect(previewValue(serialize(() => 1))).toBe('ƒ anonymous()');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(previewValue(serialize(cyclic))).toBe('{ self: [circular → $] }');
    expect(previewValue(serialize('x'.repeat(2000)))).toBe(`"${'x'.repeat(40)}"… (2000 chars)`);
    expect(previewValue(serialize({ text: 'x'.repeat(2000) }), 30)).toHaveLength(30);
    expect(previewValue(serialize(Array.from({ length: 100 }, (_, i) => i)))).toBe('array of 100 (too large to show)');
  });

  it('formats times, durations and shares', () => {
    expect(formatRelative(1234.6)).toBe('+1.235 s');
    expect(formatRelative(-3)).toBe('+0.000 s');
    expect(formatDuration(0.123)).toBe('0.12 ms');
    expect(formatDuration(42.4)).toBe('42 ms');
    expect(formatDuration(1500)).toBe('1.5 s');
    expect(formatDuration(undefined)).toBe('—');
    expect(formatShare(0.123)).toBe('12%');
    expect(formatShare(null)).toBe('—');
  });

  it('names a storage write’s writer with the library it went through, or the reader’s file and line', () => {
    expect(formatWriter({ name: 'Zustand persist' })).toBe('Zustand persist');
    expect(formatWriter({ name: 'TanStack Query persister', via: 'idb-keyval' })).toBe('TanStack Query persister via idb-keyval');
    expect(formatWriter({ name: 'your code', at: 'preferences.ts:40' })).toBe('your code (preferences.ts:40)');
  });
});
