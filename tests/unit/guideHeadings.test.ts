import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

interface Heading {
  page: string;
  line: number;
  level: number;
  text: string;
}

/** Markdown headings of every guide page, outside code fences. */
function guideHeadings(): Heading[] {
  const pages = readdirSync(join(ROOT, 'content'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
  return pages.flatMap((page) => {
    let inFence = false;
    return readFileSync(join(ROOT, page), 'utf8')
      .split('\n')
      .flatMap((line, n) => {
        if (/^\s*```/.test(line)) inFence = !inFence;
        const match = !inFence && /^(#{1,6})\s+(.+?)\s*$/.exec(line);
        return match ? [{ page, line: n + 1, level: match[1].length, text: match[2] }] : [];
      });
  });
}

/** "Try this" headings share one level and name their exercise, so search results can be told apart. */
function tryThisProblems(headings: Heading[]): string[] {
  const tries = headings.filter((h) => /^try this\b/i.test(h.text));
  const problems: string[] = [];
  for (const h of tries) {
    if (h.level !== 3) problems.push(`${h.page}:${h.line}: "${h.text}" is level ${h.level}, not 3`);
    if (!/^Try this: \S/.test(h.text)) problems.push(`${h.page}:${h.line}: "${h.text}" does not name its exercise ("Try this: …")`);
    const before = headings.filter((o) => o.page === h.page && o.line < h.line);
    if (!before.some((o) => o.level === 2)) problems.push(`${h.page}:${h.line}: "${h.text}" has no level-2 heading above it`);
  }
  const seen = new Map<string, Heading>();
  for (const h of tries) {
    const key = h.text.toLowerCase();
    const first = seen.get(key);
    if (first) problems.push(`${h.page}:${h.line}: "${h.text}" repeats ${first.page}:${first.line}`);
    else seen.set(key, h);
  }
  return problems;
}

describe('"Try this" headings', () => {
  const headings = guideHeadings();

  it('the guides have some', () => {
    expect(headings.filter((h) => /^try this\b/i.test(h.text)).length).toBeGreaterThan(3);
  });

  it('are level 3 under a level-2 section, and each names its exercise once in the whole site', () => {
    expect(tryThisProblems(headings)).toEqual([]);
  });

  it('the check catches a plain, a repeated and an off-level heading', () => {
    const page = 'content/docs/x.mdx';
    const bad: Heading[] = [
      { page, line: 1, level: 2, text: 'Section' },
      { page, line: 2, level: 3, text: 'Try this' },
      { page, line: 3, level: 4, text: 'Try this: a' },
      { page, line: 4, level: 3, text: 'Try this: A' },
    ];
    expect(tryThisProblems(bad).map((p) => p.split(": ")[0])).toEqual([`${page}:2`, `${page}:3`, `${page}:4`]);
  });
});
