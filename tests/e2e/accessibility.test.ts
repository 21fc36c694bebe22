import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from './support/browser.ts';
import { builtPages } from './support/builtPages.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** The axe rules whose outcome depends on colours, so on the theme. */
const THEME_DEPENDENT_RULES = ['color-contrast', 'link-in-text-block'];

const guides = builtPages().filter((p) => p !== '/404.html' && !p.startsWith('/examples/'));

describe('accessibility (axe-core)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session.close());

  it.each(guides)('%s has no serious or critical violation, in light and dark theme', async (path) => {
    const page = await session.newPage();
    await page.goto(new URL(path, inject('docsUrl')).href, { waitUntil: 'networkidle' });
    const found: string[] = [];
    for (const theme of ['light', 'dark']) {
      await page.evaluate(async (t) => {
        document.documentElement.dataset.theme = t;
        // Let islands that follow the theme (the playground's Sandpack re-themes itself) settle.
        await new Promise((resolve) => setTimeout(resolve, 500));
      }, theme);
      await page.addScriptTag({ content: axeSource });
      // Every WCAG A/AA rule in the light theme; in the dark one only those that depend on colour
      // (the structure is the same page), which halves the slowest part of this suite.
      const runOnly = theme === 'light' ? { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } : { type: 'rule', values: THEME_DEPENDENT_RULES };
      const violations = await page.evaluate(async (runOnly) => {
        const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
        // The playground's preview is another origin's document: axe checks it where it is served.
        const result = await axe.run({ exclude: [['iframe']] }, { runOnly });
        return result.violations;
      }, runOnly);
      for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
        found.push(`[${theme}] ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
      }
    }
    expect(found).toEqual([]);
    await page.close();
  });
});
