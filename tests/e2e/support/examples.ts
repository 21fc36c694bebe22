import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const EXAMPLES_DIR = join(import.meta.dirname, '../../../playground/examples');

/** Every example folder (one with a meta.ts): new examples are covered without registering them. */
export function exampleFolders(): string[] {
  return readdirSync(EXAMPLES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(EXAMPLES_DIR, entry.name, 'meta.ts')))
    .map((entry) => entry.name)
    .sort();
}
