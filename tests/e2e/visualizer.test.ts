import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import { openSession, type Session } from './support/browser.ts';
import { playground, previewFrame, replaceCode, waitForStatus } from './support/playground.ts';

const ID = 'visualizer-tasks';
const PAGE = '/patterns/visualizer/';
/** The first task of the example's list (sorted by title), and one that is not done yet. */
const FIRST_TASK = 'Add invite flow';
const OPEN_TASK = 'Design conflict dialog';
const APP = readFileSync(new URL('../../playground/examples/visualizer-tasks/App.tsx', import.meta.url), 'utf8');

interface Row {
  id: number;
  group: number;
  source: string;
  kind: string;
  label: string;
  failed: boolean;
  /** A request row's outcome: its status, `pending`, `error` or `unhandled`. */
  status?: string;
}

/** The timeline rows in the DOM (the virtualized list renders the ones in view), in timeline order. */
async function rows(panel: Locator): Promise<Row[]> {
  const found = await panel.locator('[data-event-source]').evaluateAll((elements) =>
    elements.map((el) => {
      const data = (el as HTMLElement).dataset;
      return {
        id: Number(data.eventId),
        group: Number(data.eventGroup),
        source: data.eventSource!,
        kind: data.eventKind!,
        label: el.querySelector('.visualizer__label')?.textContent ?? '',
        failed: data.eventFailed === 'true',
        status: data.requestStatus,
      };
    }),
  );
  return found.sort((a, b) => a.id - b.id);
}

/** Index of the first row at or after `from` that matches. */
function find(list: Row[], match: (row: Row) => boolean, from = 0): number {
  const index = list.findIndex((row, i) => i >= from && match(row));
  if (index === -1) throw new Error(`No such row after #${from} in:\n${list.map((r) => `${r.source} ${r.kind} ${r.label}`).join('\n')}`);
  return index;
}

describe('the visualizer beside a playground', () => {
  let session: Session;
  let page: Page;
  let frame: Frame;
  let panel: Locator;

  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session.close());
  beforeEach(async () => {
    page = await session.newPage();
    await page.goto(new URL(PAGE, inject('docsUrl')).href);
    await page.evaluate(() => localStorage.clear());
    await waitForStatus(page, ID, 'ready');
    frame = await previewFrame(page, ID);
    await frame.getByText(FIRST_TASK).waitFor();
    panel = playground(page, ID).locator('[data-visualizer]');
    await panel.scrollIntoViewIfNeeded();
    // The app's first load is on the timeline (up to RTK Query's subscriber sync, 500 ms after
    // the first request); start each test from a clean one.
    await panel.locator('[data-event-kind="dispatch"]', { hasText: 'subscriptionsUpdated' }).first().waitFor();
    await panel.locator('[data-visualizer-action="clear"]').click();
    return () => page.close();
  });

  it('shows a click’s dispatch with its diff, the request it caused, the cache change and the renders, in order and in one group', async () => {
    await frame.getByRole('button', { name: 'Done', exact: true }).click();
    const fulfilled = panel.locator('[data-event-kind="dispatch"]', { hasText: 'executeQuery/fulfilled · getTasks("done")' });
    await fulfilled.waitFor();
    await expect.poll(async () => (await rows(panel)).filter((r) => r.source === 'render').length).toBeGreaterThanOrEqual(2);

    const list = await rows(panel);
    const dispatch = find(list, (r) => r.source === 'redux' && r.kind === 'dispatch' && r.label === 'filter/statusChanged');
    // One row for the request: placed at its start, with the answer's status.
    const request = find(list, (r) => r.kind === 'request' && r.label.startsWith('GET /tasks') && r.label.includes('status=done') && r.label.endsWith('→ 200'), dispatch);
    expect(list[request]!.status).toBe('200');
    expect(list.filter((r) => r.source === 'network' && r.label.includes('status=done'))).toHaveLength(1);
    const cache = find(list, (r) => r.kind === 'dispatch' && r.label.startsWith('api/executeQuery/fulfilled · getTasks("done")'), request);
    const render = find(list, (r) => r.source === 'render' && r.kind === 'render:commit', cache);
    const group = list[dispatch]!.id;
    expect([request, cache, render].map((i) => list[i]!.group)).toEqual([group, group, group]);
    expect(list.every((r) => ['redux', 'query', 'atom', 'store', 'network', 'socket', 'render', 'storage'].includes(r.source) && r.kind)).toBe(true);

    // Select the dispatch: the details show the changed path, before → after.
    await panel.locator(`[data-event-id="${group}"]`).click();
    const details = panel.locator(`[data-event-details="${group}"]`);
    await details.waitFor();
    const change = details.locator('[data-diff-path="filter.status"]');
    await change.waitFor();
    expect(await change.getAttribute('data-diff-kind')).toBe('changed');
    expect(await change.innerText()).toMatch(/filter\.status\s*"all"\s*→\s*"done"/);
    // The fulfilled action's diff is the cache change: the new entry under api.queries.
    await fulfilled.click();
    await panel.locator('[data-event-details] [data-diff-path^="api.queries.getTasks(\\"done\\")"]').first().waitFor();

    expect(session.offHostRequests()).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('turns on errors for PATCH /tasks/:id from the fault controls: the next save fails, and the timeline shows the error and the rollback', async () => {
    await panel.locator('[data-visualizer-tab="faults"]').click();
    await panel.locator('[data-fault="error-route"]').selectOption('PATCH /tasks/:id');
    await panel.locator('[data-fault="error-rate"]').selectOption('1');
    await panel.getByRole('status').filter({ hasText: '100% of PATCH /tasks/:id answer 500' }).waitFor();

    const checkbox = frame.getByRole('checkbox', { name: OPEN_TASK });
    expect(await checkbox.isChecked()).toBe(false);
    await checkbox.click();
    await frame.getByRole('alert').filter({ hasText: 'the server answered 500' }).waitFor();
    // Rolled back in the app...
    expect(await checkbox.isChecked()).toBe(false);
    // ...and on the timeline, in order.
    const undo = panel.locator('[data-event-kind="dispatch"]', { hasText: 'queryResultPatched · getTasks [undo]' }).first();
    await undo.waitFor();
    const list = await rows(panel);
    const pending = find(list, (r) => r.label.startsWith('api/executeMutation/pending · updateTask'));
    const optimistic = find(list, (r) => r.label.startsWith('api/queries/queryResultPatched · getTasks [update]'), pending);
    const failedResponse = find(list, (r) => r.kind === 'request' && r.label.startsWith('PATCH /tasks/') && r.label.endsWith('→ 500'), optimistic);
    expect(list[failedResponse]!.status).toBe('500');
    const rejected = find(list, (r) => r.label.startsWith('api/executeMutation/rejected · updateTask'), failedResponse);
    const rollback = find(list, (r) => r.label.startsWith('api/queries/queryResultPatched · getTasks [undo]'), rejected);
    expect([list[failedResponse]!.failed, list[rejected]!.failed]).toEqual([true, true]);
    expect(list[rollback]!.group).toBe(list[pending]!.id);

    // The rollback's diff puts the status back.
    await undo.click();
    const status = panel.locator('[data-event-details] [data-diff-path$=".status"]').first();
    await status.waitFor();
    expect(await status.innerText()).toMatch(/"done"\s*→\s*"in_review"/);

    expect(session.offHostRequests()).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('goes offline from the fault controls: the next request fails with a network error on the timeline', async () => {
    await panel.locator('[data-visualizer-tab="faults"]').click();
    await panel.locator('[data-fault="offline"]').check();
    await panel.getByRole('status').filter({ hasText: 'offline' }).waitFor();
    await frame.getByRole('button', { name: 'To do', exact: true }).click();
    await frame.getByRole('alert').filter({ hasText: 'Couldn’t load the tasks' }).waitFor();
    await panel.locator('[data-event-kind="dispatch"]', { hasText: 'executeQuery/rejected · getTasks("todo")' }).waitFor();
    // The network probe reports "no response" from a timer (a response could still arrive in the same
    // task), so the request row can turn failed after the app's own rejection.
    await panel.locator('[data-event-kind="request"][data-request-status="error"]', { hasText: 'status=todo' }).waitFor();
    const list = await rows(panel);
    const request = find(list, (r) => r.kind === 'request' && r.label.includes('status=todo'));
    expect(list[request]).toMatchObject({ status: 'error', failed: true });
    const rejected = find(list, (r) => r.label.startsWith('api/executeQuery/rejected · getTasks("todo")'), request);
    expect(list[rejected]!.failed).toBe(true);
    expect(list[rejected]!.group).toBe(list[request]!.group);
    expect(session.offHostRequests()).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('shows live metrics, and counts a list served from the cache as a hit', async () => {
    const metric = (name: string) => panel.locator(`[data-metric="${name}"]`);
    for (const name of ['dispatch-p95-ms', 'unnecessary-render-share', 'request-count', 'cache-hit-share']) await metric(name).waitFor();
    await frame.getByRole('button', { name: 'Done', exact: true }).click();
    await expect.poll(async () => Number(await metric('request-count').getAttribute('data-value'))).toBe(1);
    // "done" was not cached: a miss. "all" still is: a hit (RTK Query reports it within 500 ms).
    await expect.poll(async () => await metric('cache-hit-share').getAttribute('data-value')).toBe('0');
    await frame.getByRole('button', { name: 'All', exact: true }).click();
    await expect.poll(async () => await metric('cache-hit-share').getAttribute('data-value'), { timeout: 5_000 }).toBe('0.5');
    expect(Number(await metric('request-count').getAttribute('data-value'))).toBe(1);
    expect(Number(await metric('dispatch-p95-ms').getAttribute('data-value'))).toBeGreaterThan(0);
    const unnecessary = Number(await metric('unnecessary-render-share').getAttribute('data-value'));
    expect(unnecessary).toBeGreaterThanOrEqual(0);
    expect(unnecessary).toBeLessThanOrEqual(1);
    expect(await metric('cache-hit-share').innerText()).toContain('50%');
  });

  it('is used from the keyboard: one tab stop for the list, arrows move the selection, Enter shows the details', async () => {
    await frame.getByRole('button', { name: 'Done', exact: true }).click();
    await panel.locator('[data-event-kind="dispatch"]', { hasText: 'executeQuery/fulfilled' }).waitFor();
    await panel.locator('[role="tab"][aria-selected="true"]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('listbox');
    await page.keyboard.press('Home');
    const selected = panel.locator('[role="option"][aria-selected="true"]');
    expect(Number(await selected.getAttribute('data-event-id'))).toBe((await rows(panel))[0]!.id);
    await page.keyboard.press('ArrowDown');
    const second = await selected.getAttribute('data-event-id');
    expect(await panel.locator('[role="listbox"]').getAttribute('aria-activedescendant')).toBe(await selected.getAttribute('id'));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    expect(await selected.getAttribute('data-event-id')).toBe(second);
    await page.keyboard.press('Enter');
    await panel.locator(`[data-event-details="${second}"]`).waitFor();
  });

  it('starts a fresh timeline when the code re-runs, and the fault controls go back to the fresh backend’s defaults', async () => {
    await panel.locator('[data-visualizer-tab="faults"]').click();
    await panel.locator('[data-fault="offline"]').check();
    await frame.getByRole('button', { name: 'Done', exact: true }).click();
    await panel.locator('[data-event-kind="request"][data-request-status="error"]').first().waitFor();
    // The extra export makes App.tsx more than a component module: the code runs again (a
    // Fast Refresh edit, which keeps the run, keeps its timeline and backend too).
    await replaceCode(page, ID, `${APP.replace('<h1>Tasks', '<h1>My tasks')}export const EDITED = true;\n`, 'App.tsx');
    const again = await previewFrame(page, ID);
    await again.getByRole('heading', { name: /My tasks/ }).waitFor();
    await again.getByText(FIRST_TASK).waitFor();
    await panel.locator('[data-event-kind="init"]').waitFor();
    const list = await rows(panel);
    expect(list.some((r) => r.status === 'error' || r.label === 'filter/statusChanged')).toBe(false);
    expect(await panel.locator('[data-fault="offline"]').isChecked()).toBe(false);
    expect(session.errors).toEqual([]);
  });

  it('filters, searches, pauses, exports the session as a local file, and turns into tabs on a narrow screen', async () => {
    await frame.getByRole('button', { name: 'Done', exact: true }).click();
    await panel.locator('[data-event-kind="dispatch"]', { hasText: 'executeQuery/fulfilled' }).waitFor();
    await expect.poll(async () => (await rows(panel)).some((r) => r.source === 'render')).toBe(true);

    await panel.locator('[data-source-filter="render"]').uncheck();
    expect((await rows(panel)).some((r) => r.source === 'render')).toBe(false);
    await panel.locator('[data-visualizer-search]').fill('STATUSCHANGED');
    expect((await rows(panel)).map((r) => r.label)).toEqual(['filter/statusChanged']);
    await panel.locator('[data-visualizer-search]').fill('');
    await panel.locator('[data-source-filter="render"]').check();

    const download = page.waitForEvent('download');
    await panel.locator('[data-visualizer-action="export"]').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^statelab-visualizer-tasks-.+\.json$/);
    const session_ = JSON.parse(readFileSync((await file.path())!, 'utf8'));
    expect(session_).toMatchObject({ format: 'statelab-session', playground: ID });
    expect(session_.events.some((e: { label: string }) => e.label === 'filter/statusChanged')).toBe(true);

    await panel.locator('[data-visualizer-action="pause"]').click();
    const received = await panel.getAttribute('data-events-received');
    await frame.getByRole('button', { name: 'To do', exact: true }).click();
    await frame.getByRole('button', { name: 'To do', exact: true, pressed: true }).waitFor();
    await page.waitForTimeout(300);
    expect(await panel.getAttribute('data-events-received')).toBe(received);
    await panel.locator('[data-visualizer-action="pause"]').click();
    await frame.getByRole('button', { name: 'In progress', exact: true }).click();
    await panel.locator('[data-event-kind="dispatch"]', { hasText: 'getTasks("in_progress")' }).first().waitFor();

    const rem = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect((await panel.boundingBox())!.height).toBeCloseTo(22 * rem, 0);
    await page.setViewportSize({ width: 600, height: 900 });
    await panel.locator('[data-visualizer-tab="timeline"]').click();
    expect(await panel.locator('[data-visualizer-timeline]').isVisible()).toBe(true);
    await panel.locator('[data-visualizer-tab="cache"]').click();
    expect(await panel.locator('[data-visualizer-timeline]').isVisible()).toBe(false);
    await panel.locator('[data-query-cache] [data-cache-key="getTasks(\\"in_progress\\")"]').waitFor();
    expect((await panel.boundingBox())!.height).toBeCloseTo(22 * rem, 0);

    expect(session.offHostRequests()).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});

describe('the fault panel of a playground whose backend starts with the second user on', () => {
  it('shows the backend as it is, not the defaults', async () => {
    const session = await openSession();
    try {
      const page = await session.newPage();
      await page.goto(new URL('/patterns/playgrounds/', inject('docsUrl')).href);
      await waitForStatus(page, 'hello-playground', 'ready');
      const panel = playground(page, 'hello-playground').locator('[data-visualizer]');
      await panel.locator('[data-visualizer-tab="faults"]').click();
      const secondUser = panel.locator('[data-fault="second-user"]');
      await page.waitForFunction(() => (document.querySelector('[data-playground="hello-playground"] [data-fault="second-user"]') as HTMLInputElement | null)?.checked === true);
      await secondUser.uncheck();
      await panel.getByText('Sam stopped editing').waitFor();
      await expect(secondUser.isChecked()).resolves.toBe(false);
      expect(session.offHostRequests()).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
