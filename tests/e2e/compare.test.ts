// The migration guide's compare views (src/components/compare/): before and after side by side,
// "Run the story" in both previews at once, the numbers the page states, and the file diffs.
// Steps 1 and 3 here (their four examples differ); step 2 in compareStep2.test.ts.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, type Session } from './support/browser.ts';
import { expectStoryNumbersAsStated, runTheStory, sidesVisibleTogether } from './support/compare.ts';

const STEP_1 = '/migration/path-1/step-1-rtk-slices/';
const STEP_3 = '/migration/path-1/step-3-client-state/';

describe('compare view, 1440×900', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await openSession({ viewport: { width: 1440, height: 900 } });
    page = await session.newPage();
    await page.goto(new URL(STEP_1, inject('docsUrl')).href);
  });
  afterAll(() => session.close());

  it('shows both previews at once, side by side', async () => {
    expect(await sidesVisibleTogether(page, 'step-1', ['migration-1-before', 'migration-1-after'])).toBe(true);
  });

  it('step 1: "Run the story" fills the table with the numbers the page states', async () => {
    await runTheStory(page, 'step-1');
    await expectStoryNumbersAsStated(page, 'step-1', ['migration-1-before', 'migration-1-after']);
  });

  it('step 1: one tab per changed file, side by side; the tabs switch', async () => {
    const diffs = page.locator('[data-file-diffs="step-1"]');
    const tabs = diffs.getByRole('tab');
    expect(await tabs.allTextContents()).toEqual([
      expect.stringMatching(/^projects\.ts/),
      expect.stringMatching(/^store\.ts/),
      expect.stringMatching(/^TaskList\.tsx/),
      expect.stringMatching(/^tasks\.ts/),
      expect.stringMatching(/^ui\.ts/),
    ]);
    const panel = diffs.getByRole('tabpanel');
    expect(await panel.getAttribute('data-diff-panel')).toBe('projects.ts');
    await diffs.getByRole('tab', { name: /^tasks\.ts/ }).click();
    await expect.poll(() => panel.getAttribute('data-diff-panel')).toBe('tasks.ts');
    await expect.poll(() => panel.locator('[data-diff-layout="split"]').isVisible()).toBe(true);
    expect(await panel.locator('[data-diff-layout="unified"]').isVisible()).toBe(false);
    expect(await panel.getByText('createAsyncThunk').first().isVisible()).toBe(true);
    // Keyboard: arrows move between tabs.
    await page.keyboard.press('ArrowRight');
    expect(await panel.getAttribute('data-diff-panel')).toBe('ui.ts');
  });

  it('step 3: "Run the story" fills the table with the numbers the page states; a deleted file is collapsed', async () => {
    await page.goto(new URL(STEP_3, inject('docsUrl')).href);
    expect(await sidesVisibleTogether(page, 'step-3', ['migration-2-after-tanstack-query', 'migration-3-after'])).toBe(true);
    await runTheStory(page, 'step-3');
    await expectStoryNumbersAsStated(page, 'step-3', ['migration-2-after-tanstack-query', 'migration-3-after']);

    const diffs = page.locator('[data-file-diffs="step-3"]');
    await diffs.getByRole('tab', { name: /^store\.ts deleted/ }).click();
    const deleted = diffs.getByRole('tabpanel').locator('details');
    expect(await deleted.getAttribute('open')).toBeNull();
    expect(await deleted.locator('table').isVisible()).toBe(false);
    await deleted.locator('summary').click();
    expect(await deleted.locator('table').isVisible()).toBe(true);
  });
});

describe('compare view, 390 px wide', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ viewport: { width: 390, height: 844 } });
  });
  afterAll(() => session.close());

  it('stacks before above after, and shows unified diffs', async () => {
    const page = await session.newPage();
    // No playground boots: the layout is the island's, before Sandpack loads.
    await page.goto(new URL(STEP_1, inject('docsUrl')).href);
    const before = await page.locator('[data-compare="step-1"] [data-compare-side="before"]').boundingBox();
    const after = await page.locator('[data-compare="step-1"] [data-compare-side="after"]').boundingBox();
    expect(after!.y).toBeGreaterThanOrEqual(before!.y + before!.height);
    expect(Math.abs(after!.x - before!.x)).toBeLessThan(1);
    expect(before!.width).toBeLessThanOrEqual(390);

    const diffs = page.locator('[data-file-diffs="step-1"]');
    await diffs.scrollIntoViewIfNeeded();
    const panel = diffs.getByRole('tabpanel');
    await panel.locator('[data-diff-layout="unified"]').waitFor({ state: 'visible' });
    expect(await panel.locator('[data-diff-layout="split"]').isVisible()).toBe(false);
    const box = await diffs.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await page.close();
  });
});
