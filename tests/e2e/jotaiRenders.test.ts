// The Jotai guide's before/after render claims (content/docs/patterns/jotai.mdx), scripted:
// the same reader's sequence in both playgrounds, read off the visualizer's live metrics.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, type Session } from './support/browser.ts';
import { playground, previewFrame, waitForStatus } from './support/playground.ts';

const PROJECT = 'Accessibility Cleanup';

/** Load, type `pil`, clear the search, star one project, switch to compact: as the guide ran it. */
async function runTheGuidesSequence(page: Page, id: string) {
  await page.goto(new URL(`/examples/${id}/`, inject('docsUrl')).href);
  await waitForStatus(page, id, 'ready', 30_000);
  const frame = await previewFrame(page, id);
  await frame.getByText(PROJECT).first().waitFor({ timeout: 15_000 });
  const search = frame.getByRole('searchbox');
  await search.pressSequentially('pil', { delay: 50 });
  await search.fill('');
  await frame.getByRole('button', { name: `Star ${PROJECT}` }).click();
  await frame.getByRole('radio', { name: 'compact' }).check();
}

/** The metric's counts: unnecessary renders (`data-count`) of all renders (`data-total`). */
async function renderCounts(page: Page, id: string) {
  const metric = playground(page, id).locator('[data-metric="unnecessary-render-share"]');
  return { unnecessary: Number(await metric.getAttribute('data-count')), renders: Number(await metric.getAttribute('data-total')) };
}

async function unnecessaryRenderShare(page: Page, id: string) {
  const value = await playground(page, id).locator('[data-metric="unnecessary-render-share"]').getAttribute('data-value');
  return value === null || value === '' ? null : Number(value);
}

describe('the Jotai guide’s render comparison', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session.close());

  it('before: one object atom re-renders every row, far over the 5% the optimized examples stay under', async () => {
    const page = await session.newPage();
    await runTheGuidesSequence(page, 'jotai-renders-before');
    // Starring one project: one commit that renders every row, as the guide's render row reads.
    await playground(page, 'jotai-renders-before').getByText(/29 renders: ProjectRow ×24, App, .*\(26 unnecessary\)/).first().waitFor();
    await expect.poll(() => unnecessaryRenderShare(page, 'jotai-renders-before')).toBeGreaterThan(0.3);
    // The guide's figures: "162 renders, 93 of them unnecessary: 57%".
    await expect.poll(() => renderCounts(page, 'jotai-renders-before')).toEqual({ renders: 162, unnecessary: 93 });
    await page.close();
  });

  it('after: an atom per concern renders only what changed, with no unnecessary render', async () => {
    const page = await session.newPage();
    await runTheGuidesSequence(page, 'jotai-renders-after');
    // Starring renders the row and the count; compact (the last step) renders the picker and the list.
    await playground(page, 'jotai-renders-after').getByText('2 renders: ProjectRow, StarredCount').first().waitFor();
    await playground(page, 'jotai-renders-after').getByText('2 renders: DensityPicker, ProjectList').first().waitFor();
    expect(await unnecessaryRenderShare(page, 'jotai-renders-after')).toBe(0);
    // The guide's figures: "69 renders, none of them unnecessary (0%)".
    await expect.poll(() => renderCounts(page, 'jotai-renders-after')).toEqual({ renders: 69, unnecessary: 0 });
    await page.close();
  });
});
