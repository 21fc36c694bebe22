// The real-time guide's playgrounds in Chromium, offline: each rung of the conflict ladder run the
// way the guide's "Try this" runs it (one tab offline, edits in both, back online), and every
// playground of the page booting to its first data.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { openSession, type Session } from './support/browser.ts';
import { playground, previewFrame, waitForStatus } from './support/playground.ts';

const GUIDE = '/patterns/real-time/';
const PLAYGROUNDS = ['realtime-polling', 'realtime-sse', 'realtime-websocket', 'realtime-last-write-wins', 'realtime-version-merge', 'realtime-ot', 'realtime-yjs'];

let session: Session;
beforeAll(async () => {
  session = await openSession({ viewport: { width: 1440, height: 900 } });
});
afterAll(() => session.close());

async function openExample(id: string): Promise<{ page: Page; frame: Frame }> {
  const page = await session.newPage();
  await page.goto(new URL(`/examples/${id}/`, inject('docsUrl')).href);
  await waitForStatus(page, id, 'ready', 30_000);
  const frame = await previewFrame(page, id);
  return { page, frame };
}

/** The two tabs of a conflict playground, and what a reader does in them. */
function tabs(frame: Frame) {
  const tab = (name: 'This tab' | 'Another tab') => {
    const root = frame.getByRole('region', { name });
    return {
      root,
      shown: root.locator('[data-shown-task]'),
      async waitLive() {
        await root.getByRole('status').filter({ hasText: /^live$/ }).waitFor({ timeout: 15_000 });
      },
      async setOnline(online: boolean) {
        await root.getByRole('checkbox', { name: 'Online' }).setChecked(online);
        if (online) await this.waitLive();
        else await root.getByRole('status').filter({ hasText: 'offline' }).waitFor();
      },
      async saveTitle(title: string) {
        await root.getByRole('textbox', { name: `${name}: title` }).fill(title);
        await root.getByRole('button', { name: 'Save title' }).click();
      },
      async setStatus(status: string) {
        await root.getByRole('combobox', { name: `${name}: status` }).selectOption(status);
      },
    };
  };
  return { mine: tab('This tab'), theirs: tab('Another tab') };
}

const frameRow = (page: Page, id: string, client: string, text: string) =>
  timeline(page, id).locator('[data-event-kind="socket:in"]', { hasText: `/realtime?client=${client}` }).filter({ hasText: text }).first();
const timeline = (page: Page, id: string) => playground(page, id).locator('[data-visualizer]');
const row = (page: Page, id: string, text: string) => timeline(page, id).locator('[data-event-kind="request"]', { hasText: text }).first();

describe('the conflict ladder in the browser', () => {
  it('rung 1, last write wins: the tab that was offline overwrites the other’s title, which shows the lost update', async () => {
    const id = 'realtime-last-write-wins';
    const { page, frame } = await openExample(id);
    const { mine, theirs } = tabs(frame);
    await Promise.all([mine.waitLive(), theirs.waitLive()]);

    await mine.setOnline(false);
    await mine.saveTitle('Mine');
    await mine.root.getByText('1 unsent').waitFor();
    await theirs.saveTitle('Theirs');
    await row(page, id, 'PATCH /tasks/task_017 → 200').waitFor();
    await theirs.shown.filter({ hasText: '“Theirs”' }).waitFor();

    await mine.setOnline(true);
    await theirs.shown.filter({ hasText: '“Mine”' }).waitFor({ timeout: 10_000 });
    await mine.shown.filter({ hasText: '“Mine”' }).waitFor();
    expect(await theirs.root.getByRole('alert').innerText()).toContain('your title “Theirs” was replaced by “Mine”');
    expect(await mine.root.getByRole('alert').count()).toBe(0);
    // The timeline: the overwrite went through as an ordinary save; no conflict was ever raised.
    await row(page, id, 'GET /tasks/task_017 → 200').waitFor();
    expect(await timeline(page, id).locator('[data-event-kind="request"]', { hasText: '→ 409' }).count()).toBe(0);
    expect(session.offHostRequests()).toEqual([]);
    await page.close();
  });

  it('rung 2, versions and a merge: different fields merge on the 409; the same field is the reader’s choice', async () => {
    const id = 'realtime-version-merge';
    const { page, frame } = await openExample(id);
    const { mine, theirs } = tabs(frame);
    await Promise.all([mine.waitLive(), theirs.waitLive()]);

    // Different fields.
    await mine.setOnline(false);
    await mine.setStatus('done');
    await theirs.saveTitle('Design the conflict dialog');
    await theirs.shown.filter({ hasText: '“Design the conflict dialog” · in_review' }).waitFor();
    await mine.setOnline(true);
    for (const tab of [mine, theirs]) await tab.shown.filter({ hasText: '“Design the conflict dialog” · done' }).waitFor({ timeout: 10_000 });
    await mine.root.getByText('409: merged, mine: status; kept theirs: title').waitFor();
    await row(page, id, 'PATCH /tasks/task_017 → 409').waitFor();

    // The same field: the tab asks, the reader keeps "mine".
    await mine.setOnline(false);
    await mine.saveTitle('Mine');
    await theirs.saveTitle('Theirs');
    await theirs.shown.filter({ hasText: '“Theirs”' }).waitFor();
    await mine.setOnline(true);
    const chooser = mine.root.getByRole('group', { name: 'Changed in both places: which one stays?' });
    await chooser.waitFor({ timeout: 10_000 });
    expect(await chooser.innerText()).toContain('theirs “Theirs”');
    await chooser.getByRole('radio', { name: 'mine “Mine”' }).check();
    await chooser.getByRole('button', { name: 'Save the merge' }).click();
    for (const tab of [mine, theirs]) await tab.shown.filter({ hasText: '“Mine” · done' }).waitFor({ timeout: 10_000 });
    await mine.root.getByText('Resolved: title from me').waitFor();
    expect(session.offHostRequests()).toEqual([]);
    await page.close();
  });
});

describe('rung 3 in the browser', () => {
  it('operational transform: edits typed offline and online in one description both survive, in both tabs', async () => {
    const id = 'realtime-ot';
    const { page, frame } = await openExample(id);
    const { mine, theirs } = tabs(frame);
    await Promise.all([mine.waitLive(), theirs.waitLive()]);
    const description = (tab: typeof mine, name: string) => tab.root.getByRole('textbox', { name: `${name}: description` });
    const shown = (tab: typeof mine) => tab.root.locator('[data-shown-text]');

    await mine.setOnline(false);
    await description(mine, 'This tab').fill('Draft: Part of Checkout v2.');
    await mine.root.getByText('1 unconfirmed').waitFor();
    await description(theirs, 'Another tab').fill('Part of Checkout v2. Ship by Friday.');
    await frameRow(page, id, 'another-tab', 'OT_ACK').waitFor();

    await mine.setOnline(true);
    const both = 'Draft: Part of Checkout v2. Ship by Friday.';
    for (const tab of [mine, theirs]) await shown(tab).filter({ hasText: both }).waitFor({ timeout: 10_000 });
    await mine.root.getByText('Transformed 1 of mine past their revision 1').waitFor();
    // The timeline: the operation this tab missed, then its own going through.
    await frameRow(page, id, 'this-tab', 'OT_OP').waitFor();
    await frameRow(page, id, 'this-tab', 'OT_ACK').waitFor();
    expect(session.offHostRequests()).toEqual([]);
    await page.close();
  });
});

describe('rung 4 in the browser', () => {
  it('Yjs: a description and a checklist edited offline and online merge on reconnect, the same in both tabs', async () => {
    const id = 'realtime-yjs';
    const { page, frame } = await openExample(id);
    const { mine, theirs } = tabs(frame);
    await Promise.all([mine.waitLive(), theirs.waitLive()]);
    const description = (tab: typeof mine, name: string) => tab.root.getByRole('textbox', { name: `${name}: description` });

    await mine.setOnline(false);
    await description(mine, 'This tab').fill('Draft: Part of Checkout v2.');
    await mine.root.getByRole('checkbox', { name: 'Sketch the dialog' }).check();
    await mine.root.getByText(/^Kept an update offline/).first().waitFor();
    await description(theirs, 'Another tab').fill('Part of Checkout v2. Ship by Friday.');
    await theirs.root.getByRole('checkbox', { name: 'Write the copy' }).check();
    await theirs.root.getByText(/^Sent an update/).first().waitFor();

    await mine.setOnline(true);
    const merged = 'Draft: Part of Checkout v2. Ship by Friday. · ☑ Sketch the dialog, ☑ Write the copy, ☐ Review with design';
    for (const tab of [mine, theirs]) await tab.root.locator('[data-shown-doc]').filter({ hasText: merged }).waitFor({ timeout: 10_000 });
    // The timeline: this tab's sync on reconnecting, and its offline edits relayed to the other tab.
    await frameRow(page, id, 'this-tab', 'YJS_SYNC').waitFor();
    await frameRow(page, id, 'another-tab', 'YJS_UPDATE').waitFor();
    expect(session.offHostRequests()).toEqual([]);
    await page.close();
  });
});

describe('the real-time guide page', () => {
  it('has every playground, and each boots and shows its first data', async () => {
    const page = await session.newPage();
    const errorsBefore = session.errors.length;
    await page.goto(new URL(GUIDE, inject('docsUrl')).href);
    const ids = await page.locator('[data-playground]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-playground')));
    expect(ids).toEqual(PLAYGROUNDS);
    for (const id of PLAYGROUNDS) {
      const { firstData } = ((await import(`../../playground/examples/${id}/meta.ts`)) as { default: { firstData: string } }).default;
      await playground(page, id).scrollIntoViewIfNeeded();
      await waitForStatus(page, id, 'ready', 30_000);
      const frame = await previewFrame(page, id);
      await frame.getByText(firstData, { exact: false }).first().waitFor({ timeout: 15_000 });
    }
    expect(session.errors.slice(errorsBefore)).toEqual([]);
    expect(session.offHostRequests()).toEqual([]);
    await page.close();
  });
});
