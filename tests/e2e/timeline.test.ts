// The clean timeline (issue 11), in real Chromium against the built site: the sandbox's own
// plumbing hidden by default (a switch shows it), display names only, one row per request, socket
// frames as JSON trees, a socket message's cache write inside its group; and the honest render
// metric on the RTK guide's "return the progress object whole" exercise.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openSession, type Session } from './support/browser.ts';
import { playground, previewFrame, replaceCode, waitForStatus } from './support/playground.ts';

interface Row {
  id: number;
  group: number;
  source: string;
  kind: string;
  label: string;
  status?: string;
  internal?: string;
}

/** Every row of the (virtualized) timeline: scrolls the list from top to bottom, collecting rows. */
async function allRows(panel: Locator): Promise<Row[]> {
  const list = panel.locator('[data-visualizer-timeline]');
  const found = await list.evaluate(async (el) => {
    const seen = new Map<number, Row>();
    const collect = () => {
      for (const row of el.querySelectorAll<HTMLElement>('[data-event-id]')) {
        const d = row.dataset;
        seen.set(Number(d.eventId), {
          id: Number(d.eventId),
          group: Number(d.eventGroup),
          source: d.eventSource!,
          kind: d.eventKind!,
          label: row.querySelector('.visualizer__label')?.textContent ?? '',
          status: d.requestStatus,
          internal: d.eventInternal,
        });
      }
    };
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let top = 0; ; top += Math.max(24, el.clientHeight - 48)) {
      el.scrollTop = top;
      await frame();
      collect();
      if (top >= el.scrollHeight - el.clientHeight) break;
    }
    return [...seen.values()];
  });
  return found.sort((a, b) => a.id - b.id);
}

async function open(page: Page, id: string): Promise<Locator> {
  await page.goto(new URL(`/examples/${id}/`, inject('docsUrl')).href);
  await waitForStatus(page, id, 'ready', 30_000);
  const panel = playground(page, id).locator('[data-visualizer]');
  await panel.scrollIntoViewIfNeeded();
  return panel;
}

/** Component names of a render row's label: "3 renders: App, TaskRow ×2, … (1 unnecessary)". */
function componentNames(label: string): string[] {
  const list = label.replace(/^\d+ renders?: /, '').replace(/ \(\d+ (?:unnecessary|new reference)[^()]*\)$/, '');
  return list
    .split(', ')
    .map((name) => name.replace(/ ×\d+$/, ''))
    .filter((name) => name !== '…');
}

const REDUX_EXAMPLES = [
  'rtk-entities',
  'rtk-listener',
  'rtk-query-optimistic',
  'rtk-query-streaming',
  'visualizer-tasks',
  'migration-1-before',
  'migration-1-after',
  'migration-2-after-rtk-query',
];

describe('a clean timeline', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ viewport: { width: 1440, height: 900 } });
  });
  afterAll(() => session.close());

  it('query-live-updates: no runtime or MSW row by default, the switch shows them; frames are JSON trees; a pushed update’s cache write follows its frame, in its group', async () => {
    const page = await session.newPage();
    const panel = await open(page, 'query-live-updates');
    // The server pushes an update a few seconds in; its handler writes it into the cache.
    await panel.locator('[data-event-kind="query:updated"]', { hasText: 'setQueryData' }).first().waitFor({ timeout: 20_000 });

    const rows = await allRows(panel);
    expect(rows.filter((r) => r.internal !== undefined)).toEqual([]);
    expect(rows.filter((r) => /msw-websocket-clients|removeItem\("debug"\)|\/chunks\//.test(r.label))).toEqual([]);
    const internals = Number(await panel.locator('[data-visualizer-internals]').getAttribute('data-visualizer-internals'));
    expect(internals).toBeGreaterThan(0);

    // Cause, then effect, in one group.
    const write = rows.find((r) => r.kind === 'query:updated' && r.label.includes('setQueryData'))!;
    const frames = rows.filter((r) => r.kind === 'socket:in' && r.label.includes('ENTITY_UPDATED') && r.id < write.id);
    expect(frames.length).toBeGreaterThan(0);
    expect(write.group).toBe(frames.at(-1)!.id);
    // Frames read as values, not escaped JSON.
    expect(rows.filter((r) => r.source === 'socket' && r.label.includes('\\"'))).toEqual([]);

    // The frame's payload is a tree: keys and values, expandable.
    await panel.locator(`[data-event-id="${frames.at(-1)!.id}"]`).click();
    const payload = panel.locator(`[data-event-details="${frames.at(-1)!.id}"] section[aria-label="Payload"]`);
    await payload.waitFor();
    expect(await payload.locator('.json__key', { hasText: 'type' }).count()).toBeGreaterThan(0);
    expect(await payload.locator('.json__string', { hasText: '"ENTITY_UPDATED"' }).count()).toBe(1);

    // Show internals: MSW's own IndexedDB writes come back.
    await panel.locator('[data-visualizer-internals] input').check();
    const shown = await allRows(panel);
    expect(shown.filter((r) => r.internal !== undefined).length).toBe(internals);
    expect(shown.some((r) => r.internal === 'MSW' && r.label.includes('msw-websocket-clients'))).toBe(true);
    expect(session.errors).toEqual([]);
    await page.close();
  });

  it('visualizer-tasks: one row per request, with its status once answered', async () => {
    const page = await session.newPage();
    const panel = await open(page, 'visualizer-tasks');
    const frame = await previewFrame(page, 'visualizer-tasks');
    await frame.getByRole('button', { name: 'Done', exact: true }).click();
    await panel.locator('[data-event-kind="request"]', { hasText: 'status=done' }).first().waitFor();
    await panel.locator('[data-event-kind="dispatch"]', { hasText: 'executeQuery/fulfilled · getTasks("done")' }).waitFor();
    const rows = await allRows(panel);
    const network = rows.filter((r) => r.source === 'network');
    expect(network.length).toBeGreaterThanOrEqual(2);
    expect(network.every((r) => r.kind === 'request')).toBe(true);
    expect(network.every((r) => r.status === '200' && r.label.endsWith('→ 200'))).toBe(true);
    // One row per URL asked for once.
    expect(network.filter((r) => r.label.includes('status=done'))).toHaveLength(1);
    // Selecting the row shows both ends: when it started, its answer, when it ended and how long it took.
    const done = network.find((r) => r.label.includes('status=done'))!;
    await panel.locator('[data-visualizer-timeline]').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await panel.locator(`[data-event-id="${done.id}"]`).click();
    const summary = panel.locator(`[data-event-details="${done.id}"] [aria-label="Request"]`);
    await summary.waitFor();
    const text = await summary.innerText();
    expect(text).toMatch(/Request\s+GET \/tasks\?.*status=done/);
    expect(text).toMatch(/Started\s+\+\d/);
    expect(text).toMatch(/Answer\s+200/);
    expect(text).toMatch(/Ended\s+\+\d/);
    expect(text).toMatch(/Took\s+\d/);
    await page.close();
  });

  it.each(REDUX_EXAMPLES)('%s: render rows name components as readers know them, never by a minified name', async (id) => {
    const page = await session.newPage();
    const panel = await open(page, id);
    await panel.locator('[data-event-kind="render:commit"]').first().waitFor();
    await page.waitForTimeout(1_500);
    const renders = (await allRows(panel)).filter((r) => r.kind === 'render:commit');
    // The rows list the first four names; the first commit's details list every component mounted.
    await panel.locator('[data-visualizer-timeline]').evaluate((el) => (el.scrollTop = 0));
    await panel.locator(`[data-event-id="${renders[0]!.id}"]`).click();
    const mounted = await panel.locator(`[data-event-details="${renders[0]!.id}"] section[aria-label="Rendered components"] tbody tr td:first-child`).allInnerTexts();
    const names = [...renders.flatMap((r) => componentNames(r.label)), ...mounted];
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => name.length <= 2)).toEqual([]);
    expect(mounted).toContain('Provider (react-redux)');
    await page.close();
  });
});

describe('the honest render metric: the RTK guide’s exercise', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ viewport: { width: 1440, height: 900 } });
  });
  afterAll(() => session.close());

  const metric = (panel: Locator) => panel.locator('[data-metric="unnecessary-render-share"]');

  async function changeAStatus(page: Page) {
    const frame = await previewFrame(page, 'rtk-entities');
    const select = frame.getByRole('combobox').first();
    await select.waitFor();
    const current = await select.inputValue();
    await select.selectOption(current === 'in_review' ? 'todo' : 'in_review');
  }

  it('as shipped: changing a status renders the row (and no button), under 5% unnecessary', async () => {
    const page = await session.newPage();
    const panel = await open(page, 'rtk-entities');
    await (await previewFrame(page, 'rtk-entities')).getByText('Accessibility Cleanup').first().waitFor();
    await page.waitForTimeout(1_000);
    const before = Math.max(...(await allRows(panel)).map((r) => r.id));
    await changeAStatus(page);
    await panel.locator('[data-event-kind="dispatch"]', { hasText: 'executeMutation/fulfilled' }).first().waitFor();
    await page.waitForTimeout(1_000);
    expect(Number(await metric(panel).getAttribute('data-value'))).toBeLessThan(0.05);
    const renders = (await allRows(panel)).filter((r) => r.kind === 'render:commit' && r.id > before);
    expect(renders.length).toBeGreaterThan(0);
    expect(renders.filter((r) => r.label.includes('ProjectButton ×4') || r.label.includes('unnecessary'))).toEqual([]);
    await page.close();
  });

  it('with the progress object returned whole (the exercise, done as the guide says): every button renders for nothing, and the reason says "new reference, equal contents"', async () => {
    const page = await session.newPage();
    const panel = await open(page, 'rtk-entities');
    await (await previewFrame(page, 'rtk-entities')).getByText('Accessibility Cleanup').first().waitFor();
    // The file as shipped (the editor only draws the lines in view, so read it from the example).
    const app = readFileSync(new URL('../../playground/examples/rtk-entities/App.tsx', import.meta.url), 'utf8');
    const original = 'selectFromResult: ({ data }) => ({ name: data?.projects.entities[id]?.name, ...selectProjectProgress(tasksOf(data), id) }),';
    expect(app).toContain(original);
    const edited = app
      .replace(original, 'selectFromResult: ({ data }) => ({ name: data?.projects.entities[id]?.name, progress: selectProjectProgress(tasksOf(data), id) }),')
      .replace('const { name, done, total } = useGetBoardQuery', 'const { name, progress } = useGetBoardQuery')
      .replace('{name} · {done}/{total} done', '{name} · {progress.done}/{progress.total} done');
    expect(edited).toContain('progress.done');
    await replaceCode(page, 'rtk-entities', edited, 'App.tsx');
    const frame = await previewFrame(page, 'rtk-entities');
    await frame.getByText('Accessibility Cleanup').first().waitFor();
    await page.waitForTimeout(1_500);
    await changeAStatus(page);
    const row = panel.locator('[data-event-kind="render:commit"]', { hasText: /ProjectButton ×4.*\(4 unnecessary; 4 new reference, equal contents\)/ }).first();
    await row.waitFor({ timeout: 15_000 });
    await expect.poll(async () => Number(await metric(panel).getAttribute('data-value'))).toBeGreaterThan(0);
    const note = await metric(panel).locator('[data-metric-note]').innerText();
    expect(note).toMatch(/^\d+ of \d+ renders changed nothing on screen$/);
    await expect.poll(async () => Number(await metric(panel).getAttribute('data-count'))).toBeGreaterThanOrEqual(4);
    expect(session.errors).toEqual([]);
    await page.close();
  });
});
