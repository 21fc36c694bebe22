import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const EXAMPLES = join(import.meta.dirname, '..');

/** The files of an example that make the app: everything the playground gets except `meta.ts`. */
export function appFiles(example: string): string[] {
  return readdirSync(join(EXAMPLES, example))
    .filter((name) => /\.tsx?$/.test(name) && name !== 'meta.ts' && !/\.test\.tsx?$/.test(name))
    .sort();
}

/** Lines that are neither blank nor only a comment. */
export function countLines(source: string): number {
  let inBlockComment = false;
  let count = 0;
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (inBlockComment) {
      if (line.includes('*/')) inBlockComment = false;
      continue;
    }
    if (line === '' || line.startsWith('//')) continue;
    if (line.startsWith('/*')) {
      inBlockComment = !line.includes('*/');
      continue;
    }
    count++;
  }
  return count;
}

/** Lines of code of the example's app files, in total and per file. */
export function linesOfCode(example: string): { total: number; files: Record<string, number> } {
  const files: Record<string, number> = {};
  for (const name of appFiles(example)) files[name] = countLines(readFileSync(join(EXAMPLES, example, name), 'utf8'));
  return { total: Object.values(files).reduce((sum, n) => sum + n, 0), files };
}
