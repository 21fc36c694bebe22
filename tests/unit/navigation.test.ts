// The sidebar (src/navigation/sidebar.ts) names only pages that exist, and the home page names
// only those: its guide list is drawn from the sidebar, and its own links go to existing pages.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIDEBAR } from '../../src/navigation/sidebar.ts';

const DOCS = join(import.meta.dirname, '../../content/docs');
const page = (slug: string) => [`${slug}.mdx`, `${slug}.md`, `${slug}/index.mdx`].map((f) => join(DOCS, f)).find((f) => existsSync(f)) ?? null;
const home = readFileSync(join(DOCS, 'index.mdx'), 'utf8');

describe('navigation and the home page', () => {
  it('every sidebar entry is a page under content/docs/', () => {
    const slugs = SIDEBAR.flatMap((group) => group.items.map((item) => item.slug));
    expect(slugs.length).toBeGreaterThan(5);
    expect(slugs.filter((slug) => page(slug) === null)).toEqual([]);
  });

  it('the home page lists the guides from the sidebar, not by hand', () => {
    expect(home).toMatch(/^import GuideList from '\.\.\/\.\.\/src\/components\/GuideList\.astro';$/m);
    expect(home).toMatch(/^<GuideList \/>$/m);
  });

  it('every page the home page links to exists, and each audience card links to where that audience starts', () => {
    const links = [...home.matchAll(/(?:\]\(|link: )(\/[^)\s#]*)/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThan(3);
    expect(links.filter((link) => page(link.replace(/^\/|\/$/g, '')) === null)).toEqual([]);
    for (const card of home.matchAll(/<Card title="([^"]+)"[^>]*>([\s\S]*?)<\/Card>/g)) {
      expect(card[2], `the "${card[1]}" card`).toMatch(/\]\(\/[^)]+\)/);
    }
  });
});
