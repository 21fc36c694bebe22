import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import { openSession, type Session } from './support/browser.ts';
import { playground, previewFrame, waitForStatus } from './support/playground.ts';

const GUIDE = '/patterns/performance/';

interface Pair {
  name: string;
  slow: string;
  fixed: string;
  /** What the reader does in the preview before reading the tab (the guide tells them). */
  act: (frame: Frame, page: Page) => Promise<void>;
  /** Rules the slow example must set off, with the guide section each finding links to. */
  expected: Record<string, string>;
  /** Text the preview shows once the example has its first data. */
  firstData: string;
  /** The slow example stays within the dispatch p95 budget (false: its slow dispatches are the lesson). */
  withinDispatchBudget: boolean;
}

const PROJECTS = { firstData: 'Accessibility Cleanup', withinDispatchBudget: true };

const PAIRS: Pair[] = [
  {
    name: 'list',
    slow: 'perf-list-slow',
    fixed: 'perf-list-fixed',
    async act(frame) {
      const tasks = frame.getByRole('list', { name: 'Tasks' }).getByRole('checkbox');
      for (const n of [0, 1, 2]) await tasks.nth(n).check();
      await frame.getByText('3 of 1000 done').waitFor();
      await frame.getByRole('button', { name: 'Undo' }).click();
      await frame.getByText('2 of 1000 done').waitFor();
    },
    expected: { 'slow-action': 'slow-actions', 'oversized-state': 'normalized-state', 'unnecessary-renders': 'stable-props-and-context' },
    firstData: 'Audit cache 33',
    withinDispatchBudget: false,
  },
  {
    name: 'board',
    slow: 'perf-board-slow',
    fixed: 'perf-board-fixed',
    async act(frame) {
      await frame.getByLabel('Notes').pressSequentially('hello', { delay: 30 });
      await frame.getByRole('list', { name: 'Open projects' }).getByRole('button').first().click();
    },
    expected: { 'unstable-selector': 'memoized-selectors', 'denormalized-entities': 'normalized-state', 'storage-writes': 'batching-writes' },
    ...PROJECTS,
  },
  {
    name: 'requests',
    slow: 'perf-requests-slow',
    fixed: 'perf-requests-fixed',
    async act(frame) {
      await frame.getByRole('region', { name: 'Dashboard' }).waitFor();
    },
    expected: { 'duplicate-requests': 'deduplicate-requests', 'request-waterfall': 'parallel-requests' },
    ...PROJECTS,
  },
  {
    name: 'cache',
    slow: 'perf-cache-slow',
    fixed: 'perf-cache-fixed',
    async act(frame, page) {
      await frame.getByLabel('Search projects').pressSequentially('accessibility cleanup ok', { delay: 150 });
      await frame.getByRole('button', { name: 'Show stats' }).click();
      await page.waitForTimeout(2_500);
      await frame.getByRole('button', { name: 'Hide stats' }).click();
      // The slow example's poll runs on with nobody watching.
      await page.waitForTimeout(3_500);
    },
    expected: { 'unbounded-growth': 'cleaning-up-stale-state', 'polling-without-observers': 'poll-only-while-watched' },
    ...PROJECTS,
  },
];

/** Lets the last events reach the panel. */
const SETTLE_MS = 1_000;

describe('the Recommendations tab', () => {
  let session: Session;
  let guideIds: Set<string>;

  beforeAll(async () => {
    session = await openSession({ viewport: { width: 1440, height: 900 } });
    const html = await (await fetch(new URL(GUIDE, inject('docsUrl')))).text();
    guideIds = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  });
  afterAll(() => session.close());

  async function open(id: string, pair: Pair): Promise<{ page: Page; panel: Locator }> {
    const page = await session.newPage();
    await page.goto(new URL(`/examples/${id}/`, inject('docsUrl')).href);
    await waitForStatus(page, id, 'ready', 30_000);
    const frame = await previewFrame(page, id);
    await frame.getByText(pair.firstData, { exact: false }).first().waitFor({ timeout: 15_000 });
    await pair.act(frame, page);
    await page.waitForTimeout(SETTLE_MS);
    const panel = playground(page, id).locator('[data-visualizer]');
    await panel.scrollIntoViewIfNeeded();
    await panel.locator('[data-visualizer-tab="recommendations"]').click();
    return { page, panel };
  }

  it.each(PAIRS)('$slow: names each problem, links its fix, and highlights its evidence on the timeline', async (pair) => {
    const errorsBefore = session.errors.length;
    const { page, panel } = await open(pair.slow, pair);
    for (const [rule, section] of Object.entries(pair.expected)) {
      const finding = panel.locator(`[data-finding="${rule}"]`).first();
      await finding.waitFor({ timeout: 10_000 });
      expect(await finding.locator('[data-finding-fix]').getAttribute('href')).toBe(`${GUIDE}#${section}`);
      expect(guideIds.has(section), `the guide has a #${section} section`).toBe(true);

      await finding.locator('[data-evidence-show]').click();
      const evidence = (await finding.locator('[data-evidence-id]').evaluateAll((els) => els.map((el) => Number((el as HTMLElement).dataset.evidenceId)))) as number[];
      expect(evidence.length).toBeGreaterThan(0);
      const first = panel.locator(`[data-visualizer-timeline] [data-event-id="${evidence[0]}"]`);
      await first.waitFor();
      await expect.poll(() => first.getAttribute('aria-selected')).toBe('true');
      // Every evidence row drawn is highlighted; rows of other events are not.
      const drawn = await panel.locator('[data-visualizer-timeline] [data-event-id]').evaluateAll((els) =>
        els.map((el) => ({ id: Number((el as HTMLElement).dataset.eventId), shadow: getComputedStyle(el).boxShadow })),
      );
      // The highlight is a 4px bar on the row's left edge (see highlightCss).
      const highlighted = drawn.filter((row) => / 4px 0px 0px/.test(row.shadow)).map((row) => row.id);
      expect(highlighted).toContain(evidence[0]);
      expect(highlighted.every((id) => evidence.includes(id))).toBe(true);
    }
    if (pair.withinDispatchBudget) expect(await panel.locator('[data-budget="dispatch-p95-ms"]').getAttribute('data-pass')).toBe('true');
    expect(session.errors.slice(errorsBefore)).toEqual([]);
    await page.close();
  });

  it.each(PAIRS)('$fixed: the same steps, and the tab finds nothing', async (pair) => {
    const { page, panel } = await open(pair.fixed, pair);
    const note = panel.locator('[data-recommendations-empty]');
    await note.waitFor();
    expect(await panel.locator('[data-finding]').count()).toBe(0);
    // The note reads below the budget line, inside the tab (not drawn over the playground's header).
    const [noteBox, budgetBox] = [await note.boundingBox(), await panel.locator('[data-budget-pass]').boundingBox()];
    expect(noteBox!.y).toBeGreaterThanOrEqual(budgetBox!.y + budgetBox!.height - 1);
    expect(await panel.locator('[data-budget-pass]').getAttribute('data-budget-pass')).toBe('true');
    await page.close();
  });

  it('at 1000 px, with the sidebar open, every tab of the panel and its count stays inside the visualizer', async () => {
    const pair = PAIRS.find((p) => p.name === 'list')!;
    const { page, panel } = await open(pair.slow, pair);
    await page.setViewportSize({ width: 1000, height: 900 });
    await panel.locator('[data-finding]').first().waitFor();
    const box = (await panel.boundingBox())!;
    for (const tab of await panel.locator('[role="tab"]').all()) {
      const tabBox = (await tab.boundingBox())!;
      expect(tabBox.x + tabBox.width, `the ${await tab.innerText()} tab ends inside the panel`).toBeLessThanOrEqual(box.x + box.width + 1);
    }
    await page.close();
  });

  it('exports the report as JSON: budgets, pass or fail, and the findings with their evidence', async () => {
    const pair = PAIRS.find((p) => p.name === 'requests')!;
    const { page, panel } = await open(pair.slow, pair);
    await panel.locator('[data-finding="request-waterfall"]').waitFor();
    const download = page.waitForEvent('download');
    await panel.locator('[data-recommendations-action="export"]').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^statelab-recommendations-perf-requests-slow-.+\.json$/);
    const report = JSON.parse(readFileSync((await file.path())!, 'utf8'));
    expect(report).toMatchObject({ format: 'statelab-recommendations', version: 1, playground: pair.slow });
    expect(report.budgets.map((b: { name: string }) => b.name)).toEqual(['dispatch-p95-ms', 'unnecessary-render-share']);
    const rules = report.findings.map((f: { rule: string }) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['duplicate-requests', 'request-waterfall']));
    for (const finding of report.findings) expect(finding.evidence.length).toBeGreaterThan(0);
    await page.close();
  });

  it('every example of the guide boots from the guide page', async () => {
    const page = await session.newPage();
    await page.goto(new URL(GUIDE, inject('docsUrl')).href);
    const ids = await page.locator('[data-playground]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.playground!));
    expect(ids).toEqual(PAIRS.flatMap((p) => [p.slow, p.fixed]));
    for (const pair of PAIRS) {
      for (const id of [pair.slow, pair.fixed]) {
        await playground(page, id).scrollIntoViewIfNeeded();
        await waitForStatus(page, id, 'ready', 30_000);
        const frame = await previewFrame(page, id);
        await frame.getByText(pair.firstData, { exact: false }).first().waitFor({ timeout: 15_000 });
      }
    }
    await page.close();
  });
});
