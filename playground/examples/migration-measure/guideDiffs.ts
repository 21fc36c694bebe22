import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const EXAMPLES_DIR = join(import.meta.dirname, '..');

/** One file's part of a unified diff: `--- before`, `+++ after`, then hunks. */
export interface FileDiff {
  /** Path under playground/examples/, or null for /dev/null (a new or deleted file). */
  before: string | null;
  after: string | null;
  lines: string[];
}

const FENCE = /^```diff[^\n]*\n([\s\S]*?)^```/gm;

/** The file diffs of every ```diff block of a page. */
export function diffsOf(page: string): FileDiff[] {
  const files: FileDiff[] = [];
  for (const [, body] of page.matchAll(FENCE)) {
    let current: FileDiff | undefined;
    const lines = body!.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.startsWith('--- ') && lines[i + 1]?.startsWith('+++ ')) {
        const path = (header: string) => (header.slice(4).trim() === '/dev/null' ? null : header.slice(4).trim());
        current = { before: path(line), after: path(lines[i + 1]!), lines: [] };
        files.push(current);
        i++;
      } else if (current && line !== '') {
        current.lines.push(line);
      }
    }
  }
  return files;
}

/** Applies the hunks to `before` (checking every context and removed line) and returns the text they lead to. */
export function applyDiff(before: string, lines: string[]): string {
  const source = before === '' ? [] : before.replace(/\n$/, '').split('\n');
  const out: string[] = [];
  let next = 0;
  for (let i = 0; i < lines.length; ) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(lines[i]!);
    if (!header) throw new Error(`expected a hunk header, got: ${lines[i]}`);
    const start = Number(header[1]) - (header[2] === '0' ? 0 : 1);
    if (start < next) throw new Error(`hunk ${lines[i]} overlaps the previous one`);
    out.push(...source.slice(next, start));
    next = start;
    for (i++; i < lines.length && !lines[i]!.startsWith('@@'); i++) {
      const line = lines[i]!;
      const kind = line[0];
      const text = line.slice(1);
      if (kind === '\\') continue;
      if (kind === '+') {
        out.push(text);
        continue;
      }
      if (kind !== ' ' && kind !== '-') throw new Error(`unexpected diff line: ${line}`);
      if (source[next] !== text) throw new Error(`line ${next + 1} is "${source[next]}", the diff says "${text}"`);
      if (kind === ' ') out.push(text);
      next++;
    }
  }
  out.push(...source.slice(next));
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

/** The file's text, or '' for /dev/null or a file that isn't there. */
export function readExampleFile(path: string | null): string {
  if (path === null) return '';
  const file = join(EXAMPLES_DIR, path);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}
