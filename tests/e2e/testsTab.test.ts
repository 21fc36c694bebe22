import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openSession, type Session } from './support/browser.ts';
import { EXAMPLES_DIR } from './support/examples.ts';
import { pageStillResponds, playground, previewFrame, replaceCode, waitForStatus } from './support/playground.ts';

const PAGE = '/patterns/testing/';
const source = (id: string, file: string) => readFileSync(join(EXAMPLES_DIR, id, file), 'utf8');
/** How many it() calls a test file has: what the tab should count as passed. */
const testCount = (code: string) => code.match(/^\s*it\(/gm)!.length;
/** The 1-based line of the first line containing `text`. */
const lineOf = (code: string, text: string) => code.split('\n').findIndex((line) => line.includes(text)) + 1;

const TASKS = source('testing-reducer', 'tasks.ts');
const TASKS_TEST = source('testing-reducer', 'tasks.test.ts');
// The guide's "Try this": the selector counts the done tasks instead of the open ones.
const BROKEN_TASKS = TASKS.replace('return state.tasks.filter((t) => !t.done).length;', 'return state.tasks.filter((t) => t.done).length;');
const POLLER = source('testing-timers', 'poller.ts');
const POLLER_TEST = source('testing-timers', 'poller.test.ts');
// The guide's "Try this" on the timers example: the off-by-one that makes the first retry wait 2 s.
const BROKEN_BACKOFF = POLLER.replace('2 ** (failures - 1)', '2 ** failures');

function testsTab(page: Page, id: string): Locator {
  return playground(page, id).locator('[data-playground-tab="tests"]');
}

async function waitForOutcome(page: Page, id: string, outcome: 'pass' | 'fail', timeout = 20_000) {
  await playground(page, id).locator(`[data-playground-tab="tests"][data-tests-outcome="${outcome}"]`).waitFor({ timeout });
}

async function statuses(page: Page, id: string): Promise<Record<string, string>> {
  const rows = playground(page, id).locator('[data-test-name]');
  const entries = await rows.evaluateAll((els) => els.map((el) => [el.getAttribute('data-test-name')!, el.getAttribute('data-test-status')!]));
  return Object.fromEntries(entries);
}

/** Every testing example of the guide, on its page, booted once; each group builds on the tab state it leaves. */
describe('the Tests tab', () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    session = await openSession({ viewport: { width: 1440, height: 900 } });
    page = await session.newPage();
    await page.goto(new URL(PAGE, inject('docsUrl')).href);
  });
  afterAll(() => session.close());

  it.each([
    ['testing-reducer', 'tasks.test.ts'],
    ['testing-atoms', 'atoms.test.ts'],
    ['testing-zustand', 'store.test.ts'],
    ['testing-component', 'TaskList.test.tsx'],
    ['testing-query', 'queries.test.ts'],
    ['testing-timers', 'poller.test.ts'],
  ])('%s: all of %s pass in the browser, as in Node', async (id, file) => {
    await playground(page, id).scrollIntoViewIfNeeded();
    await waitForStatus(page, id, 'ready');
    await waitForOutcome(page, id, 'pass');
    await testsTab(page, id).click();
    const count = testCount(source(id, file));
    await expect(playground(page, id).locator('[data-tests-passed]').getAttribute('data-tests-passed')).resolves.toBe(String(count));
    expect(Object.values(await statuses(page, id))).toEqual(Array(count).fill('pass'));
  });

  it('keeps tests and preview apart: the cart the reader fills stays, and the tests still start from an empty store', async () => {
    const id = 'testing-zustand';
    const frame = await previewFrame(page, id);
    await playground(page, id).locator('[data-playground-tab="preview"]').click();
    await frame.getByRole('button', { name: 'Add' }).first().click();
    await frame.getByText('Total: $0.50').waitFor();
    // Any edit re-runs the tests; this one is a comment in the test file.
    await replaceCode(page, id, `${source(id, 'store.test.ts')}\n// edited\n`, 'store.test.ts');
    await waitForOutcome(page, id, 'pass');
    await testsTab(page, id).click();
    expect((await statuses(page, id))['the cart store › starts empty again: the reset undid the last test']).toBe('pass');
    await expect(frame.getByText('Total: $0.50').count()).resolves.toBe(1);
  });

  it('runs tests against their own mock backend: the failures they inject never reach the preview, and a missing rollback fails its test', async () => {
    const id = 'testing-query';
    await playground(page, id).scrollIntoViewIfNeeded();
    await waitForOutcome(page, id, 'pass');
    const frame = await previewFrame(page, id);
    await playground(page, id).locator('[data-playground-tab="preview"]').click();
    await frame.getByText('Design conflict dialog').waitFor();
    // The tests made the PATCH route fail in their backend; the preview's backend still saves.
    await frame.getByRole('checkbox', { name: 'Design conflict dialog' }).click();
    await frame.getByRole('checkbox', { name: 'Design conflict dialog', checked: true }).waitFor();
    await expect(frame.getByRole('alert').count()).resolves.toBe(0);

    const queries = source(id, 'queries.ts');
    const withoutRollback = queries.replace(/\n    onError: [\s\S]*?\n    \},/, '');
    expect(withoutRollback).not.toContain('onError');
    await testsTab(page, id).click();
    await replaceCode(page, id, withoutRollback, 'queries.ts');
    await waitForOutcome(page, id, 'fail');
    const failing = playground(page, id).locator('[data-test-status="fail"]');
    await expect(failing.count()).resolves.toBe(1);
    await expect(failing.getAttribute('data-test-name')).resolves.toBe('setting a task’s status › shows the new status at once, and rolls it back when the server refuses');
    await replaceCode(page, id, queries, 'queries.ts');
    await waitForOutcome(page, id, 'pass');
  });

  describe('on the timers example, whose tests use fake timers', () => {
    const id = 'testing-timers';
    const failing = () => playground(page, id).locator('[data-test-status="fail"]');
    // Vitest prints an array over several lines: `Array [`, one item a line, `]`.
    const compact = (text: string) => text.replace(/\s+/g, '');

    it('fails only the backoff schedule test when the first retry waits 2 s, with the gaps expected and received', async () => {
      expect(BROKEN_BACKOFF).not.toBe(POLLER);
      await playground(page, id).scrollIntoViewIfNeeded();
      await testsTab(page, id).click();
      await replaceCode(page, id, BROKEN_BACKOFF, 'poller.ts');
      await waitForOutcome(page, id, 'fail');
      await expect(failing().count()).resolves.toBe(1);
      await expect(failing().getAttribute('data-test-name')).resolves.toBe(
        'backing off while it fails › retries after 1 s, 2 s and 4 s, then polls every 5 s again once the server answers',
      );
      await expect(failing().locator('[data-test-expected]').innerText().then(compact)).resolves.toBe('Array[1000,2000,4000,5000,5000,]');
      await expect(failing().locator('[data-test-received]').innerText().then(compact)).resolves.toBe('Array[2000,4000,8000,5000,]');
      await expect(playground(page, id).locator('[data-test-status="pass"]').count()).resolves.toBe(testCount(POLLER_TEST) - 1);
    });

    it('turns green again when the backoff is put back', async () => {
      await replaceCode(page, id, POLLER, 'poller.ts');
      await waitForOutcome(page, id, 'pass');
      expect(Object.values(await statuses(page, id))).toEqual(Array(testCount(POLLER_TEST)).fill('pass'));
    });

    it('gives each test real timers back when it ends, though it faked them and never put them back', async () => {
      const leaky = [
        "import { expect, it, vi } from 'vitest';",
        "it('fakes the timers and leaves them', () => {",
        '  vi.useFakeTimers();',
        "  expect('clock' in Date).toBe(true);",
        '});',
        "it('starts on real timers', () => {",
        '  expect(vi.isFakeTimers()).toBe(false);',
        "  expect('clock' in Date).toBe(false);",
        '});',
      ].join('\n');
      await replaceCode(page, id, leaky, 'poller.test.ts');
      await playground(page, id).locator('[data-test-name="starts on real timers"]').waitFor({ timeout: 15_000 });
      await waitForOutcome(page, id, 'pass');
      expect(await statuses(page, id)).toEqual({ 'fakes the timers and leaves them': 'pass', 'starts on real timers': 'pass' });
    });

    it('still fails a test that waits on a fake timer nobody advances, after 5 s of real time', async () => {
      await replaceCode(page, id, `${POLLER_TEST}\nit('waits on a fake timer', () => new Promise((resolve) => setTimeout(resolve, 1_000)));\n`, 'poller.test.ts');
      const hung = playground(page, id).locator('[data-test-name="waits on a fake timer"][data-test-status="fail"]');
      await hung.waitFor({ timeout: 20_000 });
      await expect(hung.innerText()).resolves.toMatch(/timed out in 5000 ms/);
      await waitForOutcome(page, id, 'fail');
      await expect(failing().count()).resolves.toBe(1);
      await pageStillResponds(page);
      await replaceCode(page, id, POLLER_TEST, 'poller.test.ts');
      await waitForOutcome(page, id, 'pass');
    });
  });

  describe('on the reducer example', () => {
    const id = 'testing-reducer';

    it('fails only the selector test when the selector breaks, with expected, received and the line of its expect', async () => {
      await testsTab(page, id).click();
      await replaceCode(page, id, BROKEN_TASKS, 'tasks.ts');
      await waitForOutcome(page, id, 'fail');
      const failing = playground(page, id).locator('[data-test-status="fail"]');
      await expect(failing.count()).resolves.toBe(1);
      await expect(failing.getAttribute('data-test-name')).resolves.toBe('selectors › counts the open tasks');
      await expect(failing.locator('[data-test-expected]').innerText()).resolves.toBe('2');
      await expect(failing.locator('[data-test-received]').innerText()).resolves.toBe('1');
      await expect(failing.locator('[data-test-location]').getAttribute('data-test-location')).resolves.toBe(
        `tasks.test.ts:${lineOf(TASKS_TEST, 'expect(selectOpenCount(initialState)).toBe(2)')}`,
      );
      await expect(playground(page, id).locator('[data-test-status="pass"]').count()).resolves.toBe(testCount(TASKS_TEST) - 1);
    });

    it('turns green again when the code is put back', async () => {
      await replaceCode(page, id, TASKS, 'tasks.ts');
      await waitForOutcome(page, id, 'pass');
      expect(Object.values(await statuses(page, id)).every((s) => s === 'pass')).toBe(true);
    });

    it('fails a test that never settles after 5 s, with the message, and the page stays responsive meanwhile', async () => {
      await replaceCode(page, id, `${TASKS_TEST}\nit('never settles', () => new Promise(() => {}));\n`, 'tasks.test.ts');
      const started = Date.now();
      await pageStillResponds(page);
      await waitForOutcome(page, id, 'fail', 15_000);
      expect(Date.now() - started).toBeGreaterThanOrEqual(5000);
      const failing = playground(page, id).locator('[data-test-status="fail"]');
      await expect(failing.getAttribute('data-test-name')).resolves.toBe('never settles');
      await expect(failing.innerText()).resolves.toMatch(/timed out in 5000 ms/);
      await expect(failing.locator('[data-test-location]').getAttribute('data-test-location')).resolves.toBe(
        `tasks.test.ts:${TASKS_TEST.split('\n').length + 1}`,
      );
    });

    it('stops an endless loop in a test with the loop guard', async () => {
      await replaceCode(page, id, `${TASKS_TEST}\nit('loops', () => {\n  while (true) {}\n});\n`, 'tasks.test.ts');
      await playground(page, id).locator('[data-test-name="loops"][data-test-status="fail"]').waitFor({ timeout: 15_000 });
      await expect(playground(page, id).locator('[data-test-name="loops"]').innerText()).resolves.toMatch(/Possible infinite loop/);
      await pageStillResponds(page);
    });

    it('shows broken test code as a failure of the file, with the place, not a blank tab', async () => {
      await replaceCode(page, id, `${TASKS_TEST}\nit('unfinished', () => {\n`, 'tasks.test.ts');
      const fileError = playground(page, id).locator('[data-test-file-error]');
      await fileError.waitFor({ timeout: 15_000 });
      await expect(fileError.innerText()).resolves.toMatch(/SyntaxError/);
      await expect(fileError.locator('[data-test-location]').getAttribute('data-test-location')).resolves.toMatch(/^tasks\.test\.ts:\d+$/);

      await replaceCode(page, id, `throw new Error('setup went wrong');\n${TASKS_TEST}`, 'tasks.test.ts');
      await expect
        .poll(() => fileError.innerText().catch(() => ''), { timeout: 15_000 })
        .toMatch(/setup went wrong/);
      await expect(fileError.locator('[data-test-location]').getAttribute('data-test-location')).resolves.toBe('tasks.test.ts:1');

      await replaceCode(page, id, TASKS_TEST, 'tasks.test.ts');
      await waitForOutcome(page, id, 'pass');
    });
  });
});
