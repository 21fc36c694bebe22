import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import { EVENT_SOURCES } from '../../playground/protocol/events.ts';
import { openSession, type Session } from './support/browser.ts';
import { PHONE, setTheme, THEMES, WIDE } from './support/layout.ts';
import { PLAYGROUND_PAGE, playground, previewFrame, replaceCode, waitForStatus } from './support/playground.ts';

const HELLO = 'hello-playground';
const HELLO_APP = readFileSync(join(import.meta.dirname, '../../playground/examples/hello-playground/App.tsx'), 'utf8');
const TASKS = 'visualizer-tasks';

const docs = (path: string) => new URL(path, inject('docsUrl')).href;

/**
 * Every column of a table can be read: no cell's text is cut inside it, and each header cell,
 * scrolled into view in the table's scroll box, lies inside that box and the window.
 */
async function clippedColumns(table: Locator): Promise<string[]> {
  return table.evaluate((el) => {
    const clipped: string[] = [];
    for (const cell of el.querySelectorAll<HTMLElement>('th, td')) {
      if (cell.scrollWidth > cell.clientWidth + 1) clipped.push(`cell "${cell.textContent}" is cut (${cell.scrollWidth} > ${cell.clientWidth})`);
    }
    const box = el.closest('.visualizer__table-scroll') ?? el.parentElement!;
    for (const th of el.querySelectorAll<HTMLElement>('th')) {
      th.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const cell = th.getBoundingClientRect();
      const visible = box.getBoundingClientRect();
      if (cell.left < visible.left - 1 || cell.right > visible.right + 1) clipped.push(`column "${th.textContent}" cannot be scrolled into view`);
      if (cell.right > window.innerWidth + 1) clipped.push(`column "${th.textContent}" lies past the window's edge`);
    }
    box.scrollLeft = 0;
    return clipped;
  });
}

/** Scrolls the page so the playground's top sits just under the site's fixed header. */
async function scrollPlaygroundToTop(page: Page, id: string) {
  await playground(page, id).evaluate((el) => {
    const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    window.scrollBy(0, el.getBoundingClientRect().top - header);
  });
}

function within(box: { x: number; y: number; width: number; height: number } | null, top: number, viewport: { width: number; height: number }) {
  return box !== null && box.width > 50 && box.height > 50 && box.y >= top - 1 && box.y + box.height <= viewport.height + 1 && box.x >= 0 && box.x + box.width <= viewport.width + 1;
}

describe('a playground on a guide page at 1440×900', () => {
  let session: Session;
  let page: Page;
  let root: Locator;
  let frame: Frame;

  beforeAll(async () => {
    session = await openSession({ viewport: WIDE });
    page = await session.newPage();
    await page.goto(docs(PLAYGROUND_PAGE));
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await waitForStatus(page, HELLO, 'ready');
    root = playground(page, HELLO);
    await root.locator('.cm-content').waitFor();
    frame = await previewFrame(page, HELLO);
    await scrollPlaygroundToTop(page, HELLO);
  });
  afterAll(() => session.close());

  it('is wider than the prose: it reaches over the table of contents’ column', async () => {
    const prose = await page.locator('.sl-markdown-content > p').first().boundingBox();
    const box = await root.boundingBox();
    expect(box!.width).toBeGreaterThan(prose!.width + 200);
    const toc = await page.locator('starlight-toc').first().boundingBox();
    expect(box!.x + box!.width).toBeGreaterThan(toc!.x + toc!.width / 2);
  });

  it('moves the split between the editor and the preview by dragging it and from the keyboard', async () => {
    const split = root.locator('[data-playground-split]');
    expect(await split.getAttribute('role')).toBe('separator');
    const editorWidth = async () => (await root.locator('.playground__editor-column').boundingBox())!.width;
    const before = await editorWidth();
    const handle = (await split.boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    // Across the preview (an iframe) on the way: the drag must not be lost to it.
    await page.mouse.move(handle.x + 150, handle.y + handle.height / 2, { steps: 5 });
    await page.mouse.move(handle.x - 200, handle.y + handle.height / 2, { steps: 10 });
    await page.mouse.up();
    const dragged = await editorWidth();
    expect(before - dragged).toBeGreaterThan(150);
    expect(Number(await split.getAttribute('aria-valuenow'))).toBeLessThan(50);

    const value = Number(await split.getAttribute('aria-valuenow'));
    await split.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(Number(await split.getAttribute('aria-valuenow'))).toBe(value + 10);
    expect(await editorWidth()).toBeGreaterThan(dragged + 50);
    await page.keyboard.press('Home');
    expect(Number(await split.getAttribute('aria-valuenow'))).toBe(Number(await split.getAttribute('aria-valuemin')));
  });

  it('maximizes to the whole window, and Esc gives it back with the focus on the button', async () => {
    const before = (await root.boundingBox())!;
    const button = root.locator('[data-playground-maximize]');
    await button.click();
    await page.waitForSelector(`[data-playground="${HELLO}"][data-playground-maximized]`);
    const full = (await root.boundingBox())!;
    expect(full).toEqual({ x: 0, y: 0, width: WIDE.width, height: WIDE.height });
    // On top of everything: the site's header does not cover it.
    expect(await page.evaluate(() => document.elementFromPoint(20, 20)?.closest('[data-playground]')?.getAttribute('data-playground'))).toBe(HELLO);
    expect(within(await root.locator('iframe[title="Sandpack Preview"]').boundingBox(), 0, WIDE)).toBe(true);
    await frame.getByRole('button', { name: /Clicked \d+ times/ }).waitFor();

    await page.keyboard.press('Escape');
    await page.waitForSelector(`[data-playground="${HELLO}"]:not([data-playground-maximized])`);
    const after = (await root.boundingBox())!;
    expect(after.width).toBeCloseTo(before.width, 0);
    expect(after.height).toBeCloseTo(before.height, 0);
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('folds the console into a bar that counts unread messages, formatted as browsers do', async () => {
    const toggle = root.locator('[data-playground-console-toggle]');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.innerText()).toMatch(/^\W*Console$/);
    const logging = HELLO_APP.replace(
      'onClick={() => setCount((c) => c + 1)}',
      "onClick={() => { console.log('%s clicked %d times', 'Reader', count + 1); setCount((c) => c + 1); }}",
    );
    expect(logging).not.toBe(HELLO_APP);
    await replaceCode(page, HELLO, logging);
    await waitForStatus(page, HELLO, 'ready');
    await page.waitForTimeout(500);
    const button = frame.getByRole('button', { name: /Clicked \d+ times/ });
    await button.click();
    await button.click();
    const unread = root.locator('[data-console-unread]');
    await expect.poll(() => unread.getAttribute('data-console-unread')).toBe('2');
    expect(await unread.innerText()).toMatch(/^2\s*unread$/);

    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await unread.count()).toBe(0);
    const list = root.locator('.playground__console-list');
    await list.getByText(/^Reader clicked \d+ times$/).first().waitFor();
    expect(await list.innerText()).not.toContain('%s');

    await toggle.click();
    await button.click();
    await expect.poll(() => unread.getAttribute('data-console-unread')).toBe('1');
  });

  it('marks the edited file’s tab as modified, and only that one', async () => {
    const app = root.locator('[data-file-tab="/App.tsx"]');
    await app.and(page.locator('[data-file-modified]')).waitFor();
    const description = await app.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${description}"]`).textContent()).toBe('modified');
    // The tab keeps its name: "modified" is its description.
    await root.getByRole('tab', { name: 'App.tsx', exact: true }).waitFor();
    expect(await root.locator('[data-file-modified]').count()).toBe(1);
  });

  it('names restored edits after a reload, with their time and a way back to the original', async () => {
    // Let the edit be saved (300 ms after the last keystroke).
    await page.waitForTimeout(800);
    await page.reload();
    await waitForStatus(page, HELLO, 'ready');
    const notice = root.locator('[data-playground-restored]');
    await notice.waitFor();
    expect((await notice.innerText()).replace(/\s+/g, ' ')).toMatch(/^Your edits from .+ — Reset to the original$/);
    expect(Number(await notice.getAttribute('data-playground-restored'))).toBeGreaterThan(Date.now() - 5 * 60_000);
    await root.locator('[data-file-tab="/App.tsx"][data-file-modified]').waitFor();

    await notice.getByRole('button', { name: 'Reset to the original' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(await root.locator('[data-file-modified]').count()).toBe(0);
    expect(await page.evaluate((id) => localStorage.getItem(`statelab:playground:${id}`), HELLO)).toBeNull();
    await root.locator('.cm-content', { hasText: 'onClick={() => setCount((c) => c + 1)}' }).waitFor();
  });

  it('docks the visualizer beside the preview, and every playground remembers it after a reload', async () => {
    const dock = root.locator('[data-playground-dock]');
    expect(await root.getAttribute('data-visualizer-dock')).toBe('below');
    await dock.click();
    expect(await root.getAttribute('data-visualizer-dock')).toBe('beside');
    const beside = async () => {
      const preview = (await root.locator('.playground__preview-column').boundingBox())!;
      const panel = (await root.locator('[data-visualizer]').boundingBox())!;
      return panel.x >= preview.x + preview.width - 1 && Math.abs(panel.y - preview.y) <= 1;
    };
    expect(await beside()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('statelab:visualizer-dock'))).toBe('beside');

    await page.reload();
    await waitForStatus(page, HELLO, 'ready');
    expect(await root.getAttribute('data-visualizer-dock')).toBe('beside');
    expect(await beside()).toBe(true);
    // The server's HTML says `below`: the stored choice applies once the island hydrates.
    await page.goto(docs(`/examples/${TASKS}/`));
    await page.waitForSelector(`[data-playground="${TASKS}"][data-visualizer-dock="beside"]`, { timeout: 10_000 });

    await playground(page, TASKS).locator('[data-playground-dock]').click();
    expect(await playground(page, TASKS).getAttribute('data-visualizer-dock')).toBe('below');
    expect(session.offHostRequests()).toEqual([]);
  });
});

describe('the visualizer-tasks playground: the editor, the preview and the timeline together; tables that fit', () => {
  let session: Session;
  let page: Page;
  let root: Locator;
  let panel: Locator;
  let frame: Frame;

  beforeAll(async () => {
    session = await openSession({ viewport: WIDE });
    page = await session.newPage();
    await page.goto(docs('/patterns/visualizer/'));
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await waitForStatus(page, TASKS, 'ready', 30_000);
    root = playground(page, TASKS);
    panel = root.locator('[data-visualizer]');
    frame = await previewFrame(page, TASKS);
    await root.locator('.cm-content').waitFor();
    for (const filter of ['Done', 'To do', 'In progress']) {
      await frame.getByRole('button', { name: filter, exact: true }).click();
      await frame.getByRole('button', { name: filter, exact: true, pressed: true }).waitFor();
    }
    await page.waitForFunction((id) => document.querySelectorAll(`[data-playground="${id}"] [data-event-source]`).length >= 8, TASKS);
  });
  afterAll(() => session.close());

  it('shows the editor, the preview and at least eight timeline rows at once, once the playground’s top is in view', async () => {
    for (const theme of THEMES) {
      await setTheme(page, theme);
      await scrollPlaygroundToTop(page, TASKS);
      const top = await page.evaluate(() => document.querySelector('header')?.getBoundingClientRect().bottom ?? 0);
      expect(within(await root.locator('.cm-editor').boundingBox(), top, WIDE), 'the editor is on screen').toBe(true);
      expect(within(await root.locator('iframe[title="Sandpack Preview"]').boundingBox(), top, WIDE), 'the preview is on screen').toBe(true);
      const list = (await panel.locator('[data-visualizer-timeline]').boundingBox())!;
      const rows = await panel.locator('[data-event-source]').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
      const onScreen = rows.filter((r) => r.top >= list.y - 1 && r.bottom <= list.y + list.height + 1 && r.top >= top && r.bottom <= WIDE.height);
      expect(onScreen.length, `${theme}: timeline rows on screen`).toBeGreaterThanOrEqual(8);
    }
  });

  it('shows the query cache’s keys on one line and every column, at 1440 px and at 390 px, in both themes', async () => {
    for (const viewport of [WIDE, PHONE]) {
      await page.setViewportSize(viewport);
      for (const theme of THEMES) {
        await setTheme(page, theme);
        await panel.locator('[data-visualizer-tab="cache"]').click();
        const table = panel.locator('[data-query-cache]');
        await table.locator('[data-cache-key]').first().waitFor();
        const keys = await table.locator('[data-cache-key] code').evaluateAll((els) => els.map((el) => ({ key: el.textContent, lines: el.getClientRects().length })));
        expect(keys.length).toBeGreaterThan(0);
        for (const { key, lines } of keys) expect(lines, `${viewport.width} px, ${theme}: key ${key}`).toBe(1);
        expect(await clippedColumns(table), `${viewport.width} px, ${theme}`).toEqual([]);
        expect(await table.locator('th').allInnerTexts()).toEqual(['Key', 'Status', 'Fetching', 'Freshness', 'Observers', 'Updated']);
      }
    }
    await page.setViewportSize(WIDE);
  });

  it('shows every column of a render’s details, at 1440 px and at 390 px', async () => {
    for (const viewport of [WIDE, PHONE]) {
      await page.setViewportSize(viewport);
      if (viewport === PHONE) await panel.locator('[data-visualizer-tab="timeline"]').click();
      await panel.locator('[data-event-source="render"]').first().click();
      await panel.locator('[data-visualizer-tab="details"]').click();
      const table = panel.locator('[data-event-details] section[aria-label="Rendered components"] table');
      await table.waitFor();
      expect(await clippedColumns(table), `${viewport.width} px`).toEqual([]);
    }
    await page.setViewportSize(WIDE);
  });

  it('wraps the source chips on a phone, none hidden', async () => {
    await page.setViewportSize(PHONE);
    const hidden = await panel.locator('.visualizer__sources').evaluate((fieldset) => {
      const box = fieldset.getBoundingClientRect();
      return [...fieldset.querySelectorAll<HTMLElement>('[data-source]')]
        .filter((chip) => {
          const r = chip.getBoundingClientRect();
          return r.width === 0 || r.left < box.left - 1 || r.right > box.right + 1 || r.right > window.innerWidth || r.bottom > box.bottom + 1;
        })
        .map((chip) => chip.textContent);
    });
    expect(hidden).toEqual([]);
    expect(await panel.locator('.visualizer__sources [data-source]').count()).toBe(EVENT_SOURCES.length);
    await page.setViewportSize(WIDE);
    expect(session.offHostRequests()).toEqual([]);
  });
});
