import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyDiff, diffsOf, EXAMPLES_DIR, readExampleFile } from './guideDiffs';
import { appFiles } from './linesOfCode';

const PAGES_DIR = join(EXAMPLES_DIR, '../../content/docs/migration/path-1');
const pages = readdirSync(PAGES_DIR).filter((name) => name.endsWith('.mdx'));

describe('the diffs in the migration guide', () => {
  const cases = pages.flatMap((page) =>
    diffsOf(readFileSync(join(PAGES_DIR, page), 'utf8')).map((diff) => ({ page, name: `${diff.before ?? '/dev/null'} → ${diff.after ?? '/dev/null'}`, diff })),
  );

  it('are there', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('$page: $name turns the "before" file into the "after" file', ({ diff }) => {
    expect(applyDiff(readExampleFile(diff.before), diff.lines)).toBe(readExampleFile(diff.after));
  });

  it.each(pages)('%s shows every file that differs between the examples it compares', (page) => {
    const diffs = diffsOf(readFileSync(join(PAGES_DIR, page), 'utf8'));
    const pairs = new Map<string, Set<string>>();
    for (const { before, after } of diffs) {
      if (before === null || after === null) continue;
      const [from, name] = before.split('/') as [string, string];
      const key = `${from} ${after.split('/')[0]}`;
      pairs.set(key, (pairs.get(key) ?? new Set<string>()).add(name));
    }
    for (const [key, shown] of pairs) {
      const [from, to] = key.split(' ') as [string, string];
      const differing = [...new Set([...appFiles(from), ...appFiles(to)])].filter(
        (name) => readExampleFile(`${from}/${name}`) !== readExampleFile(`${to}/${name}`),
      );
      expect([...shown].sort(), `${from} → ${to}`).toEqual(expect.arrayContaining(differing));
    }
  });
});
