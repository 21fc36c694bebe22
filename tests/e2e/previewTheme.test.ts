import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { openSession, type Session } from './support/browser.ts';
import { PLAYGROUND_PAGE, previewFrame, waitForStatus } from './support/playground.ts';

const ID = 'hello-playground';

/** Relative luminance (WCAG) of a computed CSS colour (`rgb(…)` or `rgba(…)`). */
function luminance(color: string): number {
  const [r, g, b] = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Relative luminance of an element's computed background colour, in the page or the preview. */
async function backgroundLuminance(target: Page | Frame, selector = 'body'): Promise<number> {
  return luminance(await target.evaluate((selector) => getComputedStyle(document.querySelector(selector)!).backgroundColor, selector));
}

/** WCAG contrast ratio between an element's border colour and its background (or the body's, if transparent). */
async function borderContrast(frame: Frame, selector: string): Promise<number> {
  const colors = await frame.evaluate((selector) => {
    const style = getComputedStyle(document.querySelector(selector)!);
    const own = style.backgroundColor;
    return { border: style.borderTopColor, background: own === 'rgba(0, 0, 0, 0)' ? getComputedStyle(document.body).backgroundColor : own };
  }, selector);
  const [a, b] = [luminance(colors.border), luminance(colors.background)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}

const pageTheme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);

describe('the preview follows the page’s theme', () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    session = await openSession({ colorScheme: 'dark' });
    page = await session.newPage();
    await page.goto(new URL(PLAYGROUND_PAGE, inject('docsUrl')).href);
    await waitForStatus(page, ID, 'ready');
  });
  afterAll(() => session.close());

  it('is dark on a dark page, light after the reader switches to light, and dark again after switching back', async () => {
    const frame = await previewFrame(page, ID);
    expect(await pageTheme(page)).toBe('dark');
    const darkPage = await backgroundLuminance(page);
    expect(darkPage).toBeLessThan(0.05);
    expect(Math.abs((await backgroundLuminance(frame)) - darkPage)).toBeLessThan(0.01);

    for (const theme of ['light', 'dark'] as const) {
      await page.locator('starlight-theme-select select').first().selectOption(theme);
      await page.waitForFunction((theme) => document.documentElement.dataset.theme === theme, theme);
      await frame.waitForFunction((theme) => document.documentElement.dataset.theme === theme, theme);
      const pageLuminance = await backgroundLuminance(page);
      expect(theme === 'light' ? pageLuminance > 0.9 : pageLuminance < 0.05).toBe(true);
      expect(Math.abs((await backgroundLuminance(frame)) - pageLuminance)).toBeLessThan(0.01);
    }
    expect(session.offHostRequests()).toEqual([]);
  });

  it('styles the example’s controls from the runtime’s base stylesheet', async () => {
    const frame = await previewFrame(page, ID);
    const button = frame.getByRole('button', { name: /Clicked \d+ times/ });
    const styles = await button.evaluate((el) => {
      const style = getComputedStyle(el);
      return { radius: style.borderRadius, font: style.fontFamily, sheets: [...document.styleSheets].map((s) => s.href ?? '') };
    });
    expect(styles.sheets.some((href) => href.endsWith('/preview.css'))).toBe(true);
    expect(styles.radius).toBe('6px');
    expect(styles.font).toContain('Segoe UI'); // the site's font stack, inherited from the body
  });

  it('gives controls an edge of at least 3:1 against their background, in both themes', async () => {
    const frame = await previewFrame(page, ID);
    await frame.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<input id="contrast-probe" aria-label="probe">'));
    for (const theme of ['light', 'dark'] as const) {
      await page.locator('starlight-theme-select select').first().selectOption(theme);
      await frame.waitForFunction((theme) => document.documentElement.dataset.theme === theme, theme);
      expect(await borderContrast(frame, 'button')).toBeGreaterThanOrEqual(3);
      expect(await borderContrast(frame, '#contrast-probe')).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('a wide table in a preview', () => {
  it('scrolls sideways inside its own box, and the preview itself does not', async () => {
    // On a phone: the playground's preview is narrower than the live-updates table.
    const session = await openSession({ viewport: { width: 390, height: 844 } });
    try {
      const page = await session.newPage();
      await page.goto(new URL('/examples/query-live-updates/', inject('docsUrl')).href);
      await waitForStatus(page, 'query-live-updates', 'ready');
      const frame = await previewFrame(page, 'query-live-updates');
      await frame.getByRole('columnheader', { name: 'Version' }).waitFor();
      const widths = await frame.evaluate(() => {
        const table = document.querySelector('table')!;
        const root = document.scrollingElement!;
        return { table: [table.scrollWidth, table.clientWidth], page: [root.scrollWidth, root.clientWidth] };
      });
      expect(widths.table[0]).toBeGreaterThan(widths.table[1]);
      expect(widths.page[0]).toBeLessThanOrEqual(widths.page[1]);
    } finally {
      await session.close();
    }
  });
});

describe('the preview’s first paint', () => {
  // Without the runtime's script (blocked here), nothing but the page's static head can theme it:
  // what a reader sees before the runtime starts.
  it.each([
    ['the theme named in the URL', 'light' as const, '#theme=dark', 'dark'],
    ['the theme named in the URL', 'dark' as const, '#theme=light', 'light'],
    ['the system’s theme without one', 'dark' as const, '', 'dark'],
  ])('takes %s (system %s, hash %j)', async (_case, colorScheme, hash, expected) => {
    const session = await openSession({ colorScheme });
    try {
      const page = await session.newPage();
      await page.route('**/runtime.js', (route) => route.abort());
      await page.goto(`${inject('sandboxUrl')}${hash}`);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(expected);
      const luminance = await backgroundLuminance(page);
      expect(expected === 'dark' ? luminance < 0.05 : luminance > 0.9).toBe(true);
    } finally {
      await session.close();
    }
  });
});
