import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = join(import.meta.dirname, '../../../dist');

/** Every HTML page of the built site, as a path under the docs root (`/`, `/guides/x/`, `/404.html`). */
export function builtPages(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : builtPages(path);
    if (!name.endsWith('.html')) return [];
    return ['/' + relative(DIST, path).replace(/index\.html$/, '')];
  });
}
