import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from './support/browser.ts';
import { builtPages } from './support/builtPages.ts';

describe('the built site', () => {
  const docsUrl = inject('docsUrl');
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session.close());

  const pages = builtPages();
  // Each example's own page (/examples/<id>/) is loaded once, by examples.test.ts, which checks
  // the same (and boots its playground): the e2e run boots each example once.
  const guidePages = pages.filter((path) => !path.startsWith('/examples/'));

  it('has the guides, the landing page and a 404 page', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/404.html', '/architecture/overview/', '/contributing/overview/']));
  });

  it.each(guidePages)('loads %s with no console error and no request off the machine', async (path) => {
    const page = await session.newPage();
    const before = session.errors.length;
    const response = await page.goto(new URL(path, docsUrl).href, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toMatch(/StateLab/);
    expect(session.errors.slice(before)).toEqual([]);
    expect(session.offHostRequests()).toEqual([]);
    await page.close();
  });

  it("carries no copy of the mock backend in a guide's HTML: a page of eight playgrounds stays small", async () => {
    const html = await (await fetch(new URL('/patterns/performance/', docsUrl))).text();
    expect(html.match(/data-playground="/g)?.length).toBeGreaterThanOrEqual(8);
    // A line of the mock backend's source (playground/mocks/db.ts), which the island loads once per page instead.
    expect(html).not.toContain('EntityChanges');
    expect(html.length).toBeLessThan(400_000);
  });

  it('answers an unknown path with the 404 page', async () => {
    const page = await session.newPage();
    const response = await page.goto(new URL('/no-such-guide/', docsUrl).href);
    expect(response?.status()).toBe(404);
    await expect(page.title()).resolves.toMatch(/404/);
    await expect(page.locator('main').innerText()).resolves.toMatch(/not found/i);
    await page.close();
  });

  it('hydrates the React island on the architecture page and responds to clicks', async () => {
    const page = await session.newPage();
    await page.goto(new URL('/architecture/overview/', docsUrl).href);
    const guide = page.locator('[data-island="state-placement-guide"]');
    const advice = guide.locator('output');
    await expect(advice.textContent()).resolves.toMatch(/Local state/);
    await guide.getByLabel('The server (others can change it)').click();
    await page.waitForFunction(() => document.querySelector('[data-island] output')?.textContent?.includes('server-state cache'));
    await guide.getByLabel('This user, in this tab').click();
    await guide.getByLabel('Components far apart in the tree').click();
    await expect(advice.textContent()).resolves.toMatch(/client store/);
    await page.close();
  });

  it('finds a word from a guide with the site search', async () => {
    const page = await session.newPage();
    await page.goto(docsUrl);
    await page.locator('site-search button[data-open-modal]').click();
    await page.locator('site-search .pagefind-ui__search-input').fill('colocation');
    const firstResult = page.locator('.pagefind-ui__result-link').first();
    await firstResult.waitFor({ timeout: 10_000 });
    await expect(firstResult.getAttribute('href')).resolves.toContain('/architecture/overview/');
    await page.close();
  });

  it('switches between light and dark theme', async () => {
    const page = await session.newPage();
    await page.goto(docsUrl);
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
    await page.locator('starlight-theme-select select').first().selectOption('light');
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('light');
    await page.close();
  });

  it('shows the mobile menu on a narrow screen', async () => {
    const page = await session.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(new URL('/architecture/overview/', docsUrl).href);
    const toggle = page.getByRole('button', { name: 'Menu' });
    await expect(toggle.isVisible()).resolves.toBe(true);
    await toggle.click();
    await expect(page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Path 1: overview' }).isVisible()).resolves.toBe(true);
    await page.close();
  });
});
