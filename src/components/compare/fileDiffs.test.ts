import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyDiff } from '../../../playground/examples/migration-measure/guideDiffs.ts';
import { diffExamples, diffFile, type FileDiff } from './fileDiffs.ts';

const EXAMPLES = join(import.meta.dirname, '../../../playground/examples');

/** An example's app files as the playground gets them (no tests, no meta.ts). */
function appFiles(example: string): Record<string, string> {
  const dir = join(EXAMPLES, example);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => /\.(tsx?|css)$/.test(name) && !name.endsWith('.test.ts') && name !== 'meta.ts')
      .map((name) => [`/${name}`, readFileSync(join(dir, name), 'utf8')]),
  );
}

/** The diff back in unified form, for `applyDiff`. */
function unified(file: FileDiff): string[] {
  return file.hunks.flatMap((hunk) => [hunk.header, ...hunk.lines.map((line) => ({ context: ' ', added: '+', removed: '-' })[line.kind] + line.text)]);
}

describe('per-file diffs between two examples', () => {
  const pairs = [
    ['migration-1-before', 'migration-1-after'],
    ['migration-1-after', 'migration-2-after-rtk-query'],
    ['migration-1-after', 'migration-2-after-tanstack-query'],
    ['migration-2-after-tanstack-query', 'migration-3-after'],
  ] as const;

  it.each(pairs)('%s → %s: a tab for every file that differs, none for the others, and each turns before into after', (from, to) => {
    const before = appFiles(from);
    const after = appFiles(to);
    const diffs = diffExamples(before, after);
    const differing = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((path) => before[path] !== after[path]);
    expect(diffs.map((d) => `/${d.path}`).sort()).toEqual(differing.sort());
    for (const file of diffs) {
      expect(applyDiff(before[`/${file.path}`] ?? '', unified(file)), file.path).toBe(after[`/${file.path}`] ?? '');
    }
  });

  it('lists changed files first, then new ones, then deleted ones; counts lines; marks the status', () => {
    const diffs = diffExamples({ '/a.ts': 'x\n', '/gone.ts': 'old\nold\n' }, { '/a.ts': 'y\n', '/b.ts': 'new\n' });
    expect(diffs.map((d) => [d.path, d.status, d.added, d.removed])).toEqual([
      ['a.ts', 'modified', 1, 1],
      ['b.ts', 'added', 1, 0],
      ['gone.ts', 'deleted', 0, 2],
    ]);
  });

  it('pairs removed and added lines side by side, with their line numbers', () => {
    const [hunk] = diffFile('f.ts', 'keep\nold 1\nold 2\nend\n', 'keep\nnew 1\nend\n').hunks;
    expect(hunk!.rows).toEqual([
      { left: { number: 1, text: 'keep', kind: 'context' }, right: { number: 1, text: 'keep', kind: 'context' } },
      { left: { number: 2, text: 'old 1', kind: 'removed' }, right: { number: 2, text: 'new 1', kind: 'added' } },
      { left: { number: 3, text: 'old 2', kind: 'removed' }, right: undefined },
      { left: { number: 4, text: 'end', kind: 'context' }, right: { number: 3, text: 'end', kind: 'context' } },
    ]);
  });
});
