import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from './support/builtPages.ts';

/** The file a site path is served from, or null: `/a/` → a/index.html, `/a` → a, a.html or a/index.html. */
function servedFile(pathname: string): string | null {
  const clean = decodeURIComponent(pathname);
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}.html`, `${clean}/index.html`];
  return candidates.map((c) => join(DIST, c)).find((f) => existsSync(f)) ?? null;
}

function htmlFile(page: string) {
  return join(DIST, page.endsWith('/') ? `${page}index.html` : page);
}

describe('internal links', () => {
  const pages = builtPages();

  it.each(pages)('every link and asset on %s points at something the site serves', (page) => {
    const html = readFileSync(htmlFile(page), 'utf8');
    const base = new URL(page, 'http://site.invalid');
    const broken: string[] = [];
    for (const [, , target] of html.matchAll(/\s(href|src)="([^"]+)"/g)) {
      const url = new URL(target.replace(/&amp;/g, '&'), base);
      if (url.host !== 'site.invalid') continue; // external links are checked by the offline test instead
      if (!servedFile(url.pathname)) broken.push(target);
    }
    expect(broken).toEqual([]);
  });

  it('notices a broken link', () => {
    expect(servedFile('/no-such-guide/')).toBeNull();
    expect(servedFile('/architecture/overview/')).not.toBeNull();
  });
});
