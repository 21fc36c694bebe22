/**
 * Per-file diffs between two examples, computed at build time with jsdiff (`diff`), in the two
 * shapes the page shows: unified lines (narrow screens) and side-by-side rows (wide ones).
 */
import { structuredPatch } from 'diff';

export type LineKind = 'context' | 'added' | 'removed';

export interface UnifiedLine {
  kind: LineKind;
  /** Line number in the before file (absent for added lines). */
  oldNumber?: number;
  /** Line number in the after file (absent for removed lines). */
  newNumber?: number;
  text: string;
}

export interface SplitCell {
  number: number;
  text: string;
  kind: LineKind;
}

/** One row of the side-by-side view: the before line on the left, the after line on the right. */
export interface SplitRow {
  left?: SplitCell;
  right?: SplitCell;
}

export interface Hunk {
  /** `@@ -a,b +c,d @@` */
  header: string;
  lines: UnifiedLine[];
  rows: SplitRow[];
}

export interface FileDiff {
  /** The file's name in the examples, without the leading slash. */
  path: string;
  status: 'modified' | 'added' | 'deleted';
  added: number;
  removed: number;
  hunks: Hunk[];
}

/** Pairs each run of removed lines with the added lines after it, row by row. */
function splitRows(lines: UnifiedLine[]): SplitRow[] {
  const rows: SplitRow[] = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    if (line.kind === 'context') {
      rows.push({ left: { number: line.oldNumber!, text: line.text, kind: 'context' }, right: { number: line.newNumber!, text: line.text, kind: 'context' } });
      i++;
      continue;
    }
    const removed: UnifiedLine[] = [];
    const added: UnifiedLine[] = [];
    while (i < lines.length && lines[i]!.kind === 'removed') removed.push(lines[i++]!);
    while (i < lines.length && lines[i]!.kind === 'added') added.push(lines[i++]!);
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      const left = removed[k];
      const right = added[k];
      rows.push({
        left: left && { number: left.oldNumber!, text: left.text, kind: 'removed' },
        right: right && { number: right.newNumber!, text: right.text, kind: 'added' },
      });
    }
  }
  return rows;
}

/** The diff of one file; `before` or `after` undefined when the file is added or deleted. */
export function diffFile(path: string, before: string | undefined, after: string | undefined, context = 3): FileDiff {
  const patch = structuredPatch(path, path, before ?? '', after ?? '', undefined, undefined, { context });
  let added = 0;
  let removed = 0;
  const hunks = patch.hunks.map((hunk): Hunk => {
    let oldNumber = hunk.oldStart;
    let newNumber = hunk.newStart;
    const lines: UnifiedLine[] = [];
    for (const raw of hunk.lines) {
      const sign = raw[0];
      const text = raw.slice(1);
      if (sign === '\\') continue;
      if (sign === '+') {
        added++;
        lines.push({ kind: 'added', newNumber: newNumber++, text });
      } else if (sign === '-') {
        removed++;
        lines.push({ kind: 'removed', oldNumber: oldNumber++, text });
      } else {
        lines.push({ kind: 'context', oldNumber: oldNumber++, newNumber: newNumber++, text });
      }
    }
    const header = `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`;
    return { header, lines, rows: splitRows(lines) };
  });
  const status = before === undefined ? 'added' : after === undefined ? 'deleted' : 'modified';
  return { path, status, added, removed, hunks };
}

/**
 * Every file that differs between two examples' files (sandbox path → source), in the order:
 * changed, added, deleted, each by name.
 */
export function diffExamples(before: Record<string, string>, after: Record<string, string>): FileDiff[] {
  const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const order = { modified: 0, added: 1, deleted: 2 } as const;
  return paths
    .filter((path) => before[path] !== after[path])
    .map((path) => diffFile(path.replace(/^\//, ''), before[path], after[path]))
    .sort((a, b) => order[a.status] - order[b.status] || a.path.localeCompare(b.path));
}
