// Step 2's compare view (src/components/compare/): one "before" and two roads to pick from.
// Its own file: step 2's "before" is step 1's "after" (compare.test.ts boots that one).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, type Session } from './support/browser.ts';
import { expectStoryNumbersAsStated, runTheStory, sidesVisibleTogether } from './support/compare.ts';

describe('step 2 compare view, 1440×900', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await openSession({ viewport: { width: 1440, height: 900 } });
    page = await session.newPage();
    await page.goto(new URL('/migration/path-1/step-2-server-state/', inject('docsUrl')).href);
  });
  afterAll(() => session.close());

  it('RTK Query road: both previews at once; "Run the story" gives the numbers the page states', async () => {
    expect(await sidesVisibleTogether(page, 'step-2', ['migration-1-after', 'migration-2-after-rtk-query'])).toBe(true);
    await runTheStory(page, 'step-2');
    await expectStoryNumbersAsStated(page, 'step-2', ['migration-1-after', 'migration-2-after-rtk-query']);
  });

  it('TanStack Query road: picking it swaps the after side; the story gives the numbers the page states', async () => {
    await page.locator('[data-compare-road="migration-2-after-tanstack-query"]').check();
    expect(await page.locator('[data-compare="step-2"] [data-playground="migration-2-after-rtk-query"]').count()).toBe(0);
    expect(await sidesVisibleTogether(page, 'step-2', ['migration-1-after', 'migration-2-after-tanstack-query'])).toBe(true);
    await runTheStory(page, 'step-2');
    await expectStoryNumbersAsStated(page, 'step-2', ['migration-1-after', 'migration-2-after-tanstack-query']);
  });
});
