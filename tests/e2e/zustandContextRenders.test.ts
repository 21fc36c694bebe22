// The Zustand and React Context guides' render claims (content/docs/patterns/zustand.mdx,
// react-context.mdx), scripted: each pair's reader sequence in both playgrounds, read off the
// visualizer's live metrics and render rows.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { openSession, type Session } from './support/browser.ts';
import { readFileSync } from 'node:fs';
import { errorOverlayText, playground, previewFrame, replaceCode, waitForStatus } from './support/playground.ts';

const THREE_TASKS = ['Add invite flow', 'Design conflict dialog', 'Design loading skeleton'];

async function openExample(page: Page, id: string, firstData: string): Promise<Frame> {
  await page.goto(new URL(`/examples/${id}/`, inject('docsUrl')).href);
  await waitForStatus(page, id, 'ready', 30_000);
  const frame = await previewFrame(page, id);
  await frame.getByText(firstData).first().waitFor({ timeout: 15_000 });
  return frame;
}

/** Renders so far, unnecessary ones, and their share, as the visualizer's metric shows them. */
async function renders(page: Page, id: string) {
  const metric = playground(page, id).locator('[data-metric="unnecessary-render-share"]');
  const [share, unnecessary, total] = await Promise.all(['data-value', 'data-count', 'data-total'].map((name) => metric.getAttribute(name)));
  return { share: share ? Number(share) : null, unnecessary: Number(unnecessary), total: Number(total) };
}

async function renderRows(page: Page, id: string) {
  return (await playground(page, id).getByText(/^\d+ renders?: /).allInnerTexts()).map((text) => text.trim());
}

/** Waits until the visualizer has taken in the commits: the totals stop moving. */
async function settled(page: Page, id: string) {
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(await renders(page, id));
      const same = now === last;
      last = now;
      return same;
    }, { interval: 500, timeout: 10_000 })
    .toBe(true);
  return renders(page, id);
}

const sequences = {
  /** Select three tasks, then clear the selection. */
  async selectThenClear(frame: Frame) {
    for (const title of THREE_TASKS) await frame.getByRole('checkbox', { name: title }).check();
    await frame.getByRole('button', { name: 'Clear selection' }).click();
    await frame.getByText('0 selected').waitFor();
  },
  /** Tick three tasks done. */
  async tickThree(frame: Frame) {
    for (const title of THREE_TASKS) await frame.getByRole('checkbox', { name: title }).click();
  },
  /** Type `pil` in the search. */
  async typePil(frame: Frame) {
    await frame.getByRole('searchbox').pressSequentially('pil', { delay: 80 });
    await frame.getByText('3 projects match “pil”').waitFor();
  },
};

/**
 * Each pair as the guides run it: load, wait for the first data, click Clear in the timeline (the
 * metrics start again from zero), then the interaction. The numbers are the ones the guides state.
 */
const pairs = [
  {
    before: 'zustand-selectors-before',
    after: 'zustand-selectors-after',
    firstData: 'Design conflict dialog',
    run: sequences.selectThenClear,
    beforeRenders: { total: 88, unnecessary: 70 },
    beforeRows: [
      ...Array(3).fill('22 renders: TaskRow ×19, App, SelectionBar, TaskList (18 unnecessary)'),
      '22 renders: TaskRow ×19, App, SelectionBar, TaskList (16 unnecessary)',
    ],
    afterRenders: { total: 10, unnecessary: 0 },
    afterRows: [...Array(3).fill('2 renders: SelectionBar, TaskRow'), '4 renders: TaskRow ×3, SelectionBar'],
  },
  {
    before: 'context-dispatch-before',
    after: 'context-dispatch-after',
    firstData: 'Design conflict dialog',
    run: sequences.tickThree,
    beforeRenders: { total: 135, unnecessary: 120 },
    beforeRows: Array(3).fill('45 renders: StatusBadge ×19, TaskRow ×19, ToolbarButton ×3, OpenCount, … (40 unnecessary; 3 new reference, equal contents)'),
    afterRenders: { total: 15, unnecessary: 0 },
    afterRows: Array(3).fill('5 renders: OpenCount, StatusBadge, TaskList, TaskRow, …'),
  },
  {
    before: 'context-memo-before',
    after: 'context-memo-after',
    firstData: 'Accessibility Cleanup',
    run: sequences.typePil,
    beforeRenders: { total: 70, unnecessary: 61 },
    beforeRows: [
      '44 renders: ProjectRow ×19, ProjectStatus ×19, App, Avatar, … (41 unnecessary; 20 new reference, equal contents)',
      '14 renders: ProjectRow ×4, ProjectStatus ×4, App, Avatar, … (11 unnecessary; 5 new reference, equal contents)',
      '12 renders: ProjectRow ×3, ProjectStatus ×3, App, Avatar, … (9 unnecessary; 4 new reference, equal contents)',
    ],
    afterRenders: { total: 9, unnecessary: 0 },
    afterRows: Array(3).fill('3 renders: App, ProjectList, SearchBox'),
  },
  {
    before: 'context-frequency-before',
    after: 'context-split-after',
    firstData: 'Accessibility Cleanup',
    run: sequences.typePil,
    beforeRenders: { total: 30, unnecessary: 18 },
    beforeRows: Array(3).fill('10 renders: ThemeOption ×2, Avatar, Header, Page, … (6 unnecessary)'),
    afterRenders: { total: 9, unnecessary: 0 },
    afterRows: Array(3).fill('3 renders: ProjectList, SearchBox, WorkspaceProvider'),
  },
  {
    before: 'context-frequency-before',
    after: 'context-store-after',
    firstData: 'Accessibility Cleanup',
    run: sequences.typePil,
    beforeRenders: { total: 30, unnecessary: 18 },
    beforeRows: Array(3).fill('10 renders: ThemeOption ×2, Avatar, Header, Page, … (6 unnecessary)'),
    afterRenders: { total: 6, unnecessary: 0 },
    afterRows: Array(3).fill('2 renders: ProjectList, SearchBox'),
  },
];

/** Loads the example, clears the timeline once the first data is in, runs the interaction. */
async function measure(session: Session, id: string, firstData: string, run: (frame: Frame) => Promise<void>) {
  const page = await session.newPage();
  const frame = await openExample(page, id, firstData);
  // The project pages also load the signed-in user: wait for it before clearing.
  if (firstData === 'Accessibility Cleanup') await frame.getByText('Alex Morgan').first().waitFor({ timeout: 15_000 });
  await settled(page, id);
  await playground(page, id).locator('[data-visualizer-action="clear"]').click();
  await expect.poll(() => renders(page, id)).toEqual({ share: null, unnecessary: 0, total: 0 });
  await run(frame);
  const result = await settled(page, id);
  const rows = await renderRows(page, id);
  await page.close();
  return { ...result, rows };
}

describe('the Zustand and React Context guides’ render comparisons', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session.close());

  describe.each(pairs)('$before → $after', (pair) => {
    it(`before: above 30% of the renders are unnecessary (${pair.beforeRenders.unnecessary} of ${pair.beforeRenders.total})`, async () => {
      const measured = await measure(session, pair.before, pair.firstData, pair.run);
      expect({ total: measured.total, unnecessary: measured.unnecessary }).toEqual(pair.beforeRenders);
      expect(measured.share).toBeGreaterThan(0.3);
      expect(measured.rows).toEqual(pair.beforeRows);
    });

    it(`after: under 5% unnecessary (${pair.afterRenders.total} renders)`, async () => {
      const measured = await measure(session, pair.after, pair.firstData, pair.run);
      expect({ total: measured.total, unnecessary: measured.unnecessary }).toEqual(pair.afterRenders);
      expect(measured.share).toBeLessThan(0.05);
      expect(measured.rows).toEqual(pair.afterRows);
    });
  });
});

/** The store rows' labels: "zustand#1 · toggleShowDone (showDone)". */
const storeRow = (page: Page, id: string, text: string) =>
  playground(page, id).getByText(new RegExp(`^zustand#\\d+ · ${text.replace(/[()]/g, '\\$&')}$`)).first();

describe('the Zustand guide’s timeline rows and its useShallow claim', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session.close());

  it('names a sync action after its function and an async action’s steps by devtools’ third argument', async () => {
    const page = await session.newPage();
    const id = 'zustand-tasks';
    const frame = await openExample(page, id, 'Design conflict dialog');
    await frame.getByRole('checkbox', { name: /Show done tasks/ }).uncheck();
    await storeRow(page, id, 'toggleShowDone (showDone)').waitFor();
    // Not optimistic: the box ticks when the server answers, so click rather than check().
    await frame.getByRole('checkbox', { name: 'Design conflict dialog' }).click();
    await storeRow(page, id, 'setDone/pending (savingIds)').waitFor();
    await storeRow(page, id, 'setDone/fulfilled (tasks, savingIds)').waitFor();
    await page.close();
  });

  it('keeps action names through slices and three middlewares, and the progress bar never renders', async () => {
    const page = await session.newPage();
    const id = 'zustand-slices';
    const frame = await openExample(page, id, 'Design conflict dialog');
    await settled(page, id);
    await playground(page, id).locator('[data-visualizer-action="clear"]').click();
    await frame.getByRole('button', { name: 'done', exact: true }).click();
    await storeRow(page, id, 'setFilter (filter)').waitFor();
    await frame.getByRole('button', { name: 'all', exact: true }).click();
    await frame.getByRole('checkbox', { name: 'Design conflict dialog' }).check();
    await storeRow(page, id, 'tasks/setDone/optimistic (tasks)').waitFor();
    await storeRow(page, id, 'tasks/setDone/fulfilled (tasks)').waitFor();
    await settled(page, id);
    // Every commit since Clear names all its components (no "…"), and none is the bar's.
    const rows = await renderRows(page, id);
    expect(rows.some((row) => row.includes('TaskList'))).toBe(true);
    expect(rows.filter((row) => row.includes('…') || row.includes('ProgressBar'))).toEqual([]);
    await page.close();
  });

  it('fails with "Maximum update depth exceeded" when useShallow is removed from an array selector', async () => {
    const page = await session.newPage();
    const id = 'zustand-selectors-after';
    await openExample(page, id, 'Design conflict dialog');
    const app = readFileSync(new URL('../../playground/examples/zustand-selectors-after/App.tsx', import.meta.url), 'utf8');
    const withShallow = 'useShallow((state) => state.tasks.map((task) => task.id))';
    expect(app).toContain(withShallow);
    await replaceCode(page, id, app.replace(withShallow, '(state) => state.tasks.map((task) => task.id)'), 'App.tsx');
    expect(await errorOverlayText(page, id, 20_000)).toContain('Maximum update depth exceeded');
    await page.close();
  });
});

describe('the guide pages', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session.close());

  it.each([
    ['/patterns/zustand/', ['zustand-tasks', 'zustand-selectors-before', 'zustand-selectors-after', 'zustand-slices']],
    [
      '/patterns/react-context/',
      ['context-dispatch-before', 'context-dispatch-after', 'context-memo-before', 'context-memo-after', 'context-frequency-before', 'context-split-after', 'context-store-after'],
    ],
  ])('%s boots each of its playgrounds and shows its first data', async (path, ids) => {
    const page = await session.newPage();
    await page.goto(new URL(path, inject('docsUrl')).href);
    for (const id of ids) {
      const meta = (await import(`../../playground/examples/${id}/meta.ts`)) as { default: { firstData: string } };
      await playground(page, id).scrollIntoViewIfNeeded();
      await waitForStatus(page, id, 'ready', 30_000);
      const frame = await previewFrame(page, id);
      await frame.getByText(meta.default.firstData).first().waitFor({ timeout: 15_000 });
    }
    await page.close();
  });
});
