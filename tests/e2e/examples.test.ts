import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ExampleMeta } from '../../playground/examples/exampleMeta.ts';
import { openSession, type Session } from './support/browser.ts';
import { exampleFolders } from './support/examples.ts';
import { cutInEditor, PHONE, setTheme, THEMES, WIDE } from './support/layout.ts';
import { playground, previewFrame, waitForStatus } from './support/playground.ts';

const examples = await Promise.all(
  exampleFolders().map(async (id) => ({ id, meta: ((await import(`../../playground/examples/${id}/meta.ts`)) as { default: ExampleMeta }).default })),
);

/** Lets the first data's renders and requests reach the visualizer before its metrics are read. */
const SETTLE_MS = 1_000;

describe('every example', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ viewport: WIDE });
  });
  afterAll(() => session.close());

  it('is found in playground/examples/', () => {
    expect(examples.map((e) => e.id)).toContain('hello-playground');
  });

  // Each example boots once here, and is checked for everything a first look needs.
  it.each(examples)('$id boots in the browser and shows its first data, offline and without errors; no line of its active file and no file tab is cut, at 1440×900 and 390 px, in both themes; the preview fits its frame at 390 px', async ({ id, meta }) => {
    const page = await session.newPage();
    const errorsBefore = session.errors.length;
    const response = await page.goto(new URL(`/examples/${id}/`, inject('docsUrl')).href);
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toMatch(/StateLab/);
    await waitForStatus(page, id, 'ready', 30_000);
    const frame = await previewFrame(page, id);
    await frame.getByText(meta.firstData, { exact: false }).first().waitFor({ timeout: 15_000 });

    // The source architecture's success criteria, as the visualizer measures them live.
    const metric = async (name: string) => {
      const value = await page.locator(`[data-playground="${id}"] [data-metric="${name}"]`).getAttribute('data-value');
      return value ? Number(value) : null;
    };
    await page.waitForTimeout(SETTLE_MS);
    const dispatchP95 = await metric('dispatch-p95-ms');
    if (dispatchP95 !== null) expect(dispatchP95).toBeLessThan(100);
    if (meta.optimizedRenders) {
      const unnecessary = await metric('unnecessary-render-share');
      expect(unnecessary).not.toBeNull();
      expect(unnecessary!).toBeLessThan(0.05);
    }

    // Room to read (issue 11): the editor wraps or fits, at both widths and in both themes.
    const root = playground(page, id);
    await root.locator('.cm-content').waitFor({ timeout: 20_000 });
    const cut: string[] = [];
    for (const viewport of [WIDE, PHONE]) {
      await page.setViewportSize(viewport);
      for (const theme of THEMES) {
        await setTheme(page, theme);
        await page.waitForTimeout(50);
        cut.push(...(await cutInEditor(root)).map((what) => `${viewport.width} px, ${theme}: ${what}`));
      }
    }
    expect(cut).toEqual([]);
    // At 390 px (the viewport the loop ends on) the preview fits its frame: nothing to scroll sideways.
    const overflow = () => frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await expect.poll(overflow, { message: 'the preview is no wider than its frame at 390 px' }).toBeLessThanOrEqual(1);

    expect(session.errors.slice(errorsBefore)).toEqual([]);
    expect(session.offHostRequests()).toEqual([]);
    await page.close();
  });
});
