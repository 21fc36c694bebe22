// The proxy-state guide's claims (content/docs/patterns/valtio.mdx), scripted as the guide's
// "Try this" steps and read off the visualizer: render rows, store rows and the live metrics.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { openSession, type Session } from './support/browser.ts';
import { playground, previewFrame, waitForStatus } from './support/playground.ts';

async function open(page: Page, id: string, firstData: string): Promise<Frame> {
  await page.goto(new URL(`/examples/${id}/`, inject('docsUrl')).href);
  await waitForStatus(page, id, 'ready', 30_000);
  const frame = await previewFrame(page, id);
  await frame.getByText(firstData).first().waitFor({ timeout: 15_000 });
  return frame;
}

/** The timeline's rows of one source, as text. */
function rowsOf(page: Page, id: string, source: 'render' | 'store') {
  return playground(page, id)
    .locator(`[data-event-source="${source}"]`)
    .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).innerText.replace(/\s+/g, ' ')));
}

/** The render rows added while `step` runs, once the timeline has them. */
async function rendersDuring(page: Page, id: string, step: () => Promise<void>, expected: number) {
  const before = (await rowsOf(page, id, 'render')).length;
  await step();
  await expect.poll(async () => (await rowsOf(page, id, 'render')).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(before + expected);
  await page.waitForTimeout(1_000); // late commits (the save's answer) would show up here
  return (await rowsOf(page, id, 'render')).slice(before).map((row) => /\d+ renders?: [^+]*/.exec(row)?.[0].trim());
}

async function unnecessaryRenders(page: Page, id: string) {
  const metric = playground(page, id).locator('[data-metric="unnecessary-render-share"]');
  return { share: Number(await metric.getAttribute('data-value')), count: Number(await metric.getAttribute('data-count')) };
}

describe('the proxy-state guide, in the visualizer', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session.close());

  it('valtio-tasks: a search renders the box and the list, a tick renders the count and that one row', async () => {
    const page = await session.newPage();
    const id = 'valtio-tasks';
    const frame = await open(page, id, 'Add invite flow');
    const search = frame.getByRole('searchbox');
    const typed = await rendersDuring(page, id, () => search.fill('design'), 2);
    expect(typed).toEqual(['1 render: SearchBox', '1 render: TaskList']);
    await expect.poll(() => frame.getByRole('listitem').count()).toBe(2);
    expect(await rowsOf(page, id, 'store')).toContainEqual(expect.stringContaining('valtio#1 · setSearch: search = "design"'));

    await search.fill('');
    await frame.getByText('Document empty state').waitFor();
    await page.waitForTimeout(1_000); // the rows mounting again reach the timeline
    const done = async () => Number(/^(\d+) of 19 done$/.exec(await frame.getByText(/of 19 done/).innerText())?.[1]);
    const doneBefore = await done();
    const ticked = await rendersDuring(page, id, () => frame.getByRole('checkbox', { name: 'Design conflict dialog' }).click(), 1);
    expect(ticked).toEqual(['2 renders: Progress, TaskRow']);
    await expect(frame.getByRole('checkbox', { name: 'Design conflict dialog' }).isChecked()).resolves.toBe(true);
    expect(await done()).toBe(doneBefore + 1);

    // The write is named after the function that made it.
    expect(await rowsOf(page, id, 'store')).toContainEqual(expect.stringContaining('valtio#1 · toggleDone: tasks.1.status = "done"'));
    expect(await unnecessaryRenders(page, id)).toEqual({ share: 0, count: 0 });
    await page.close();
  });

  it('mobx-vs-valtio: ticking a task renders the count and that row, in MobX as in Valtio', async () => {
    const page = await session.newPage();
    const id = 'mobx-vs-valtio';
    const frame = await open(page, id, 'Add invite flow');
    const mobx = frame.getByRole('region', { name: 'MobX' });
    const valtio = frame.getByRole('region', { name: 'Valtio' });
    await mobx.getByText('Design conflict dialog').waitFor();
    await valtio.getByText('Design conflict dialog').waitFor();
    await page.waitForTimeout(1_000); // both first loads reach the timeline

    const inMobx = await rendersDuring(page, id, () => mobx.getByRole('checkbox', { name: 'Design conflict dialog' }).click(), 1);
    expect(inMobx).toEqual(['2 renders: MobxProgress, MobxTaskRow']);
    const inValtio = await rendersDuring(page, id, () => valtio.getByRole('checkbox', { name: 'Document empty state' }).click(), 1);
    expect(inValtio).toEqual(['2 renders: ValtioProgress, ValtioTaskRow']);
    await mobx.getByText('4 of 5 done').waitFor();
    await valtio.getByText('4 of 5 done').waitFor();

    const stores = await rowsOf(page, id, 'store');
    expect(stores).toContainEqual(expect.stringMatching(/TaskStore@1 · toggle \(tasks\[\.\.\]\.status\)/));
    expect(stores).toContainEqual(expect.stringContaining('valtio#1 · toggle: tasks.4.status = "done"'));
    expect(stores).toContainEqual(expect.stringMatching(/TaskStore@1 · <unnamed action> \(tasks\)/));
    expect(await unnecessaryRenders(page, id)).toEqual({ share: 0, count: 0 });

    // The same task ticked in the other list: MobX saved version 2, Valtio still has version 1.
    await valtio.getByRole('checkbox', { name: 'Design conflict dialog' }).click();
    await valtio.getByText('“Design conflict dialog” was changed by someone else; this is their version.').waitFor();
    await expect(valtio.getByRole('checkbox', { name: 'Design conflict dialog' }).isChecked()).resolves.toBe(true);
    await page.close();
  });

  it('valtio-mistakes: the frozen snapshot throws, and the two components that subscribe to nothing current never render', async () => {
    const page = await session.newPage();
    const id = 'valtio-mistakes';
    const frame = await open(page, id, 'Design conflict dialog');
    const section = (name: string) => frame.getByRole('region', { name });
    await expect(section('Destructured too early').locator('p').innerText()).resolves.toBe('Loading…');
    await expect(section('Reads the proxy').locator('p').innerText()).resolves.toBe('Loading…');

    const marked = await rendersDuring(page, id, () => frame.getByRole('button', { name: 'Mark urgent' }).click(), 1);
    expect(marked).toEqual(['2 renders: MutatesTheSnapshot, Right']);
    await section('Right').getByText('URGENT: Design conflict dialog').waitFor();
    await expect(section('Destructured too early').locator('p').innerText()).resolves.toBe('Loading…');
    await expect(section('Reads the proxy').locator('p').innerText()).resolves.toBe('Loading…');

    const storeRows = (await rowsOf(page, id, 'store')).length;
    await frame.getByRole('button', { name: 'Rename through the snapshot' }).click();
    await expect(section('Mutates the snapshot').getByRole('alert').innerText()).resolves.toBe(
      "TypeError: Cannot assign to read only property 'title' of object '#<Object>'",
    );
    expect((await rowsOf(page, id, 'store')).length).toBe(storeRows); // the proxy saw no write
    await page.close();
  });

  it('valtio-utils: selecting is a proxySet write that subscribe persists; opening a task loads its comments once', async () => {
    const page = await session.newPage();
    const id = 'valtio-utils';
    const frame = await open(page, id, 'Add invite flow');
    await frame.getByRole('checkbox', { name: 'Select Design conflict dialog' }).check();
    await frame.getByText('1 selected').waitFor();
    await frame.getByRole('button', { name: 'Design conflict dialog' }).click();
    await frame.getByRole('region', { name: 'Comments' }).waitFor();
    expect(await frame.evaluate(() => localStorage.getItem('tasks.selected'))).toBe('["task_017"]');
    await expect
      .poll(() => playground(page, id).locator('[data-event-source="storage"]').allInnerTexts())
      .toContainEqual(expect.stringContaining('localStorage.setItem("tasks.selected"'));
    await expect.poll(() => rowsOf(page, id, 'store')).toContainEqual(expect.stringContaining('openTask: openTaskId = "task_017"'));
    expect(await rowsOf(page, id, 'store')).toContainEqual(expect.stringContaining('toggleSelected: selected.'));
    await page.close();
  });
});
