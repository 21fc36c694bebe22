import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import { openSession, type Session } from './support/browser.ts';
import { playground, previewFrame, replaceCode, waitForStatus } from './support/playground.ts';

const GUIDE = '/patterns/persistence/';
// Shown whatever filter earlier tests left saved (the example's firstData is one task, which a filter can hide).
const REDUX_READY = 'Pin:';
const PREFERENCES = readFileSync(join(import.meta.dirname, '../../playground/examples/persist-redux/preferences.ts'), 'utf8');

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(() => session.close());

/** Opens an example's own page and waits for its first data. */
async function openExample(id: string, firstData: string): Promise<{ page: Page; frame: Frame; panel: Locator }> {
  const page = await session.newPage();
  await page.goto(new URL(`/examples/${id}/`, inject('docsUrl')).href);
  await waitForStatus(page, id, 'ready', 30_000);
  const frame = await previewFrame(page, id);
  await frame.getByText(firstData).first().waitFor({ timeout: 15_000 });
  return { page, frame, panel: playground(page, id).locator('[data-visualizer]') };
}

/** The preview's own refresh button: runs the example again, as a page reload would, with the same storage. */
async function reloadPreview(page: Page, id: string) {
  await playground(page, id).getByRole('button', { name: 'Refresh preview' }).click();
}

/** The toolbar's "Clear storage": empties the example's own storage and runs it again. */
async function clearStorage(page: Page, id: string) {
  await playground(page, id).locator('[data-playground-clear-storage]').click();
}

/** Reads or writes one key of an object store in the preview's IndexedDB (the example's namespace). */
const idbKey = (frame: Frame, database: string, store: string, key: string, value?: string) =>
  frame.evaluate(
    ([database, store, key, value]) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open(database);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction(store, value === undefined ? 'readonly' : 'readwrite');
          const request = value === undefined ? transaction.objectStore(store).get(key) : transaction.objectStore(store).put(value, key);
          transaction.oncomplete = () => {
            open.result.close();
            resolve(value === undefined ? request.result : undefined);
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    [database, store, key, value] as const,
  );

/** A hydration or migration row, with the (virtualized) timeline narrowed to those kinds. */
async function savedStateRow(panel: Locator, kind: 'hydrate' | 'migrate', text: string) {
  await panel.locator('[data-visualizer-search]').fill(`storage:${kind}`);
  await panel.locator(`[data-event-kind="storage:${kind}"]`, { hasText: text }).first().waitFor();
  await panel.locator('[data-visualizer-search]').fill('');
}

const storageRows = (panel: Locator, text: string) => panel.locator('[data-event-source="storage"]', { hasText: text });
const storageRow = (panel: Locator, text: string) => storageRows(panel, text).first();
const dispatchRow = (panel: Locator, text: string) => panel.locator('[data-event-kind="dispatch"]', { hasText: text }).first();

describe('state survives "Refresh preview"', () => {
  it('Redux Toolkit: the filter and the pin, saved once by the throttled listener', async () => {
    const { page, frame, panel } = await openExample('persist-redux', REDUX_READY);
    await frame.getByRole('radio', { name: 'To do' }).check();
    await frame.getByRole('button', { name: 'Mobile app' }).click();
    await storageRow(panel, 'board.preferences').waitFor();
    await page.waitForTimeout(800);
    expect(await storageRows(panel, 'board.preferences').count()).toBe(1);

    await reloadPreview(page, 'persist-redux');
    await dispatchRow(panel, 'persistence/loaded').waitFor();
    expect(await frame.getByRole('radio', { name: 'To do' }).isChecked()).toBe(true);
    expect(await frame.getByRole('button', { name: 'Mobile app' }).getAttribute('aria-pressed')).toBe('true');
    expect(await frame.getByRole('radio', { name: 'All' }).isChecked()).toBe(false);
    await page.close();
  });

  it('Zustand: the draft survives, the search (left out by partialize) does not', async () => {
    const { page, frame, panel } = await openExample('persist-zustand', 'Font size: 16 px');
    await frame.getByLabel('Search (not saved)').fill('persist');
    await frame.getByLabel('Draft (saved)').fill('Remember the milk');
    await reloadPreview(page, 'persist-zustand');
    await frame.getByText('Loading saved settings…').or(frame.getByLabel('Draft (saved)')).first().waitFor();
    await expect.poll(() => frame.getByLabel('Draft (saved)').inputValue()).toBe('Remember the milk');
    expect(await frame.getByLabel('Search (not saved)').inputValue()).toBe('');
    await savedStateRow(panel, 'hydrate', 'Hydrated from localStorage "reader.settings"');

    // Clear storage: a first visit again, the draft gone from the preview and from storage.
    await clearStorage(page, 'persist-zustand');
    await expect.poll(() => frame.getByLabel('Draft (saved)').inputValue(), { timeout: 10_000 }).toBe('');
    await waitForStatus(page, 'persist-zustand', 'ready');
    const saved = () => frame.evaluate(() => Array.from({ length: localStorage.length }, (_, i) => localStorage.getItem(localStorage.key(i)!)).join('\n'));
    expect(await saved()).not.toContain('Remember the milk');
    await page.close();
  });

  it('Jotai: a starred project stays starred', async () => {
    const { page, frame } = await openExample('persist-jotai', 'Accessibility Cleanup');
    const star = () => frame.getByRole('button', { name: 'Star Accessibility Cleanup' });
    await star().click();
    expect(await star().getAttribute('aria-pressed')).toBe('true');
    await reloadPreview(page, 'persist-jotai');
    await frame.getByText('Accessibility Cleanup').waitFor();
    expect(await star().getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  it('TanStack Query: the projects come back from IndexedDB, with the time they were fetched', async () => {
    const { page, frame, panel } = await openExample('persist-query', 'Accessibility Cleanup');
    const fetchedAt = await frame.locator('[data-fetched-at]').innerText();
    await storageRow(panel, 'statelab-query.cache.put').waitFor({ timeout: 10_000 });
    await reloadPreview(page, 'persist-query');
    await frame.getByText('Accessibility Cleanup').waitFor();
    expect(await frame.locator('[data-fetched-at]').innerText()).toBe(fetchedAt);
    await savedStateRow(panel, 'hydrate', 'Hydrated from IndexedDB statelab-query.cache');

    // Clear storage empties the example's IndexedDB too (a key the app never writes is gone).
    await idbKey(frame, 'statelab-query', 'cache', 'left-behind', 'by the test');
    expect(await idbKey(frame, 'statelab-query', 'cache', 'left-behind')).toBe('by the test');
    await clearStorage(page, 'persist-query');
    await expect.poll(() => idbKey(frame, 'statelab-query', 'cache', 'left-behind'), { timeout: 10_000 }).toBeUndefined();
    await waitForStatus(page, 'persist-query', 'ready');
    await frame.getByText('Accessibility Cleanup').waitFor();
    await page.close();
  });

  it('encrypted notes: open again with the passphrase; a wrong one is refused and changes nothing stored', async () => {
    const { page, frame } = await openExample('persist-encrypted', 'Passphrase');
    const unlockWith = async (passphrase: string) => {
      await frame.getByLabel('Passphrase').fill(passphrase);
      await frame.getByRole('button', { name: 'Unlock' }).click();
    };
    await unlockWith('a long passphrase for the test');
    await frame.getByLabel('Private notes').fill('The safe code is 4711');
    await frame.getByRole('button', { name: 'Save' }).click();
    await frame.getByText('Saved, encrypted.').waitFor();
    const stored = await frame.evaluate(() => localStorage.getItem('notes.vault'));
    expect(stored).not.toContain('4711');

    await reloadPreview(page, 'persist-encrypted');
    await unlockWith('not the passphrase');
    await frame.getByText('That passphrase does not open these notes. Nothing was changed: try again.').waitFor({ timeout: 15_000 });
    expect(await frame.evaluate(() => localStorage.getItem('notes.vault'))).toBe(stored);
    await unlockWith('a long passphrase for the test');
    await expect.poll(() => frame.getByLabel('Private notes').inputValue(), { timeout: 15_000 }).toBe('The safe code is 4711');
    await page.close();
  });
});

describe('migrations and damaged data (Redux Toolkit playground)', () => {
  it('bumping the schema version in the editor runs the migration, and the timeline shows it', async () => {
    const { page, frame, panel } = await openExample('persist-redux', REDUX_READY);
    // Saved as v3 by the previous test's session (same profile); make sure of it here.
    await frame.getByRole('radio', { name: 'Done' }).check();
    await storageRow(panel, 'board.preferences').waitFor();
    const v4 = PREFERENCES.replace('export const CURRENT_VERSION = 3;', 'export const CURRENT_VERSION = 4;').replace(
      '  // v2 → v3:',
      '  3: (state: Preferences) => ({ ...state, statusFilter: "todo" }),\n  // v2 → v3:',
    );
    expect(v4).not.toBe(PREFERENCES);
    const rowsBefore = await storageRows(panel, 'board.preferences').count();
    await replaceCode(page, 'persist-redux', v4);
    await dispatchRow(panel, 'persistence/migrated').waitFor({ timeout: 15_000 });
    await frame.getByText('Your saved preferences were upgraded from v3 to v4.').waitFor();
    expect(await frame.getByRole('radio', { name: 'To do' }).isChecked()).toBe(true);
    // The upgrade is saved by the throttled listener, up to SAVE_EVERY_MS later; earlier
    // runs' storage rows stay on the timeline, so wait for the stored value itself.
    await expect
      .poll(async () => JSON.parse((await frame.evaluate(() => localStorage.getItem('board.preferences')))!).version, { timeout: 5_000 })
      .toBe(4);
    await expect.poll(() => storageRows(panel, 'board.preferences').count()).toBeGreaterThan(rowsBefore);
    await savedStateRow(panel, 'migrate', 'Migrated localStorage "board.preferences" v3→v4');
    await playground(page, 'persist-redux').locator('[data-playground-reset]').click();
    await page.close();
  });

  it('corrupt data in storage: the notice names the backup, the app works from the defaults', async () => {
    const { page, frame, panel } = await openExample('persist-redux', REDUX_READY);
    const corrupt = '{"version":3,"sta';
    await frame.evaluate((raw) => localStorage.setItem('board.preferences', raw), corrupt);
    await reloadPreview(page, 'persist-redux');
    await dispatchRow(panel, 'persistence/recovered').waitFor();
    const notice = frame.getByRole('status');
    await notice.getByText(/not valid JSON/).waitFor();
    const backupKey = /kept in "([^"]+)"/.exec(await notice.innerText())![1];
    expect(await frame.evaluate((key) => localStorage.getItem(key), backupKey)).toBe(corrupt);
    expect(await frame.getByRole('radio', { name: 'All' }).isChecked()).toBe(true);

    await frame.getByRole('radio', { name: 'In progress' }).check();
    await expect
      .poll(async () => JSON.parse((await frame.evaluate(() => localStorage.getItem('board.preferences')))!).state?.statusFilter ?? null, { timeout: 5_000 })
      .toBe('in_progress');
    await page.close();
  });
});

describe('storage rows name who wrote', () => {
  /** The newest write row whose label holds `call`, once it names a writer (or settles without one). */
  const writeRow = (panel: Locator, call: string) => panel.locator('[data-event-kind="storage:write"]', { hasText: call }).last();
  /** The line of `text` in a file, as the reader's editor numbers it. */
  const lineOf = (source: string, text: string) => source.slice(0, source.indexOf(text)).split('\n').length;

  it('Zustand: persist’s saves', async () => {
    const { page, frame, panel } = await openExample('persist-zustand', 'Font size: 16 px');
    await frame.getByLabel('Draft (saved)').fill('Named writer');
    const save = writeRow(panel, 'localStorage.setItem("reader.settings", ');
    await expect.poll(() => save.getAttribute('data-storage-writer')).toBe('Zustand persist');
    expect(await save.textContent()).toMatch(/localStorage\.setItem\("reader\.settings", \d+ B\)\s*· Zustand persist/);
    await page.close();
  });

  it('Jotai: atomWithStorage through the app’s validating storage; the backup that storage writes itself is the app’s', async () => {
    const validatedStorage = readFileSync(join(import.meta.dirname, '../../playground/examples/persist-jotai/validatedStorage.ts'), 'utf8');
    const { page, frame, panel } = await openExample('persist-jotai', 'Accessibility Cleanup');
    await frame.getByRole('button', { name: 'Star Accessibility Cleanup' }).click();
    const save = writeRow(panel, 'localStorage.setItem("projects.starred", ');
    await expect.poll(() => save.getAttribute('data-storage-writer')).toBe('Jotai atomWithStorage');
    expect(await save.textContent()).toContain('· Jotai atomWithStorage');

    // atomWithStorage is further out on the stack (it asked for the value), but the app's code wrote the backup.
    await frame.evaluate(() => localStorage.setItem('projects.starred', '["p1"'));
    await reloadPreview(page, 'persist-jotai');
    const backup = writeRow(panel, 'localStorage.setItem("projects.starred.backup-');
    await expect.poll(() => backup.getAttribute('data-storage-writer'), { timeout: 10_000 }).toBe('your code');
    expect(await backup.textContent()).toContain(`· your code (validatedStorage.ts:${lineOf(validatedStorage, 'storage().setItem(backupKey, raw)')})`);
    await clearStorage(page, 'persist-jotai');
    await waitForStatus(page, 'persist-jotai', 'ready');
    await page.close();
  });

  it('TanStack Query: the persister, via idb-keyval, though its write runs after a timer and a promise', async () => {
    const { page, panel } = await openExample('persist-query', 'Accessibility Cleanup');
    const save = writeRow(panel, 'statelab-query.cache.put("query-cache")');
    await expect.poll(() => save.getAttribute('data-storage-writer'), { timeout: 10_000 }).toBe('TanStack Query persister');
    expect(await save.textContent()).toContain('· TanStack Query persister via idb-keyval');
    // The panel's timeline is narrow beside the details: the writer's name still shows whole (the call shortens).
    const shown = await save.evaluate((row) => {
      const writer = row.querySelector<HTMLElement>('.visualizer__writer')!;
      return { text: writer.innerText, whole: writer.scrollWidth <= writer.clientWidth, rowWidth: row.clientWidth };
    });
    expect(shown).toMatchObject({ text: '· TanStack Query persister', whole: true });
    expect(shown.rowWidth).toBeLessThan(600);
    await page.close();
  });

  it('Redux Toolkit: the app’s own listener writes, named by file and line; a write from outside the app names nobody', async () => {
    const { page, frame, panel } = await openExample('persist-redux', REDUX_READY);
    await frame.getByRole('radio', { name: 'To do' }).check();
    await frame.getByRole('radio', { name: 'Done' }).check();
    const save = writeRow(panel, 'localStorage.setItem("board.preferences", ');
    await expect.poll(() => save.getAttribute('data-storage-writer')).toBe('your code');
    const line = lineOf(PREFERENCES, 'storage.setItem(STORAGE_KEY');
    expect(await save.textContent()).toContain(`· your code (preferences.ts:${line})`);
    // Details say it too.
    await save.click();
    await expect.poll(() => panel.locator('[data-event-details] [data-storage-writer]').textContent()).toBe(`Written by your code (preferences.ts:${line})`);

    await frame.evaluate(() => localStorage.setItem('written.outside', '1'));
    const outside = writeRow(panel, 'localStorage.setItem("written.outside", ');
    await outside.waitFor();
    expect(await outside.getAttribute('data-storage-writer')).toBeNull();
    expect(await outside.textContent()).not.toContain('·');
    await frame.evaluate(() => localStorage.removeItem('written.outside'));
    await page.close();
  });
});

describe('storage is per example', () => {
  it('two examples on one page do not see each other’s keys or storage events', async () => {
    const page = await session.newPage();
    await page.goto(new URL(GUIDE, inject('docsUrl')).href);
    const frames: Frame[] = [];
    for (const [id, text] of [
      ['persist-redux', REDUX_READY],
      ['persist-zustand', 'Font size'],
    ] as const) {
      await playground(page, id).scrollIntoViewIfNeeded();
      await waitForStatus(page, id, 'ready', 30_000);
      const frame = await previewFrame(page, id);
      await frame.getByText(text).first().waitFor({ timeout: 15_000 });
      frames.push(frame);
    }
    const [redux, zustand] = frames;
    await zustand.evaluate(() => {
      const seen: (string | null)[] = [];
      Object.assign(window, { __seenStorageKeys: seen });
      window.addEventListener('storage', (event) => seen.push(event.key));
    });
    await redux.evaluate(() => localStorage.setItem('shared.key', 'from redux'));
    expect(await zustand.evaluate(() => localStorage.getItem('shared.key'))).toBeNull();
    expect(await zustand.evaluate(() => Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)))).not.toContain('shared.key');
    await zustand.evaluate(() => localStorage.setItem('shared.key', 'from zustand'));
    expect(await redux.evaluate(() => localStorage.getItem('shared.key'))).toBe('from redux');
    await page.waitForTimeout(300);
    expect(await zustand.evaluate(() => (window as unknown as { __seenStorageKeys: string[] }).__seenStorageKeys)).toEqual([]);
    await redux.evaluate(() => localStorage.removeItem('shared.key'));
    await zustand.evaluate(() => localStorage.removeItem('shared.key'));
    await page.close();
  });

  it('two tabs of the same example share storage, and get each other’s storage events with the key as written', async () => {
    const first = await openExample('persist-redux', REDUX_READY);
    const second = await openExample('persist-redux', REDUX_READY);
    await second.frame.evaluate(() => {
      const seen: (string | null)[] = [];
      Object.assign(window, { __seenStorageKeys: seen });
      window.addEventListener('storage', (event) => seen.push(event.key));
    });
    await first.frame.evaluate(() => localStorage.setItem('tab.key', 'hello'));
    await expect.poll(() => second.frame.evaluate(() => (window as unknown as { __seenStorageKeys: string[] }).__seenStorageKeys)).toEqual(['tab.key']);
    expect(await second.frame.evaluate(() => localStorage.getItem('tab.key'))).toBe('hello');
    await first.frame.evaluate(() => localStorage.removeItem('tab.key'));
    await first.page.close();
    await second.page.close();
  });
});

describe('two tabs of the cross-tab example', () => {
  it('a clean tab takes the other’s save; two unsaved edits end in a conflict that writes nothing', async () => {
    const a = await openExample('persist-cross-tab', 'Open tabs');
    const b = await openExample('persist-cross-tab', 'Open tabs');
    const note = (frame: Frame) => frame.getByLabel('Team note');
    const tabName = async (frame: Frame) => /This is (Tab \w+)\./.exec(await frame.locator('main > p').first().innerText())![1];
    // Presence over the BroadcastChannel: each tab lists the other.
    const nameB = await tabName(b.frame);
    await a.frame.getByText(new RegExp(`Open tabs: .*${nameB}`)).waitFor();

    await note(a.frame).fill('Standup moved to 10:00');
    await a.frame.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => note(b.frame).inputValue()).toBe('Standup moved to 10:00');

    await note(a.frame).fill('Standup at 10:00, room 2');
    await note(b.frame).fill('Standup at 10:30');
    await a.frame.getByRole('button', { name: 'Save', exact: true }).click();
    await b.frame.getByRole('alert').getByText(/saved this note \(revision 2\) while you were editing/).waitFor();
    const stored = await b.frame.evaluate(() => localStorage.getItem('team.note'));
    await b.frame.getByRole('button', { name: 'Save', exact: true }).click();
    expect(await b.frame.evaluate(() => localStorage.getItem('team.note'))).toBe(stored);
    await b.frame.getByRole('button', { name: 'Keep mine' }).click();
    // A has nothing unsaved: it takes B's deliberate overwrite.
    await expect.poll(() => note(a.frame).inputValue()).toBe('Standup at 10:30');
    await a.page.close();
    await b.page.close();
  });
});

describe('hydrating server-rendered HTML', () => {
  const THEME = readFileSync(join(import.meta.dirname, '../../playground/examples/persist-ssr/theme.ts'), 'utf8');
  const BROKEN = THEME.replace(
    "useState<Theme>('light')",
    "useState<Theme>(() => (onServer ? 'light' : ((localStorage.getItem('theme') as Theme | null) ?? 'light')))",
  );

  it('hydrates with no mismatch, saved theme and all; reading storage during the first render shows one', async () => {
    expect(BROKEN).not.toBe(THEME);
    const { page, frame } = await openExample('persist-ssr', 'Signed in as Ada');
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    const mismatches = () => messages.filter((m) => /hydrat/i.test(m));
    // The server's data reached the client stores: Redux, TanStack Query and Jotai.
    await frame.getByText('Showing active projects').waitFor();
    await frame.getByText('Mobile app').waitFor();

    await frame.getByRole('button', { name: 'Switch to dark' }).click();
    await reloadPreview(page, 'persist-ssr');
    await frame.getByText('theme: dark').waitFor();
    await page.waitForTimeout(500);
    expect(mismatches()).toEqual([]);

    await replaceCode(page, 'persist-ssr', BROKEN);
    await expect.poll(mismatches, { timeout: 15_000 }).toEqual([expect.stringMatching(/^Hydration mismatch: .*server rendered text didn't match the client/)]);
    await frame.getByText('theme: dark').waitFor();
    await playground(page, 'persist-ssr').locator('[data-playground-reset]').click();
    await page.close();
  });
});
