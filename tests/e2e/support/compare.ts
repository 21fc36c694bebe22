import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForStatus } from './playground.ts';

const MEASURES = ['requests', 'dispatches', 'renders', 'unnecessaryRenders'] as const;

function compareView(page: Page, id: string) {
  return page.locator(`[data-compare="${id}"]`);
}

/**
 * Waits until both playgrounds of the compare view are ready, scrolls to them, and says whether
 * both previews are on screen at the same time, side by side.
 */
export async function sidesVisibleTogether(page: Page, id: string, examples: [string, string]): Promise<boolean> {
  const view = compareView(page, id);
  await view.locator('[data-compare-side="before"]').scrollIntoViewIfNeeded();
  for (const example of examples) await waitForStatus(page, example, 'ready', 45_000);
  const previews = examples.map((example) => view.locator(`[data-playground="${example}"] iframe[title="Sandpack Preview"]`));
  await previews[0]!.scrollIntoViewIfNeeded();
  const viewport = page.viewportSize()!;
  const boxes = await Promise.all(previews.map((preview) => preview.boundingBox()));
  const onScreen = boxes.every(
    (box) => box !== null && box.height > 100 && box.y >= 0 && box.y + box.height <= viewport.height && box.x >= 0 && box.x + box.width <= viewport.width,
  );
  return onScreen && boxes[1]!.x >= boxes[0]!.x + boxes[0]!.width;
}

/** Presses "Run the story" and waits for both previews to finish it; fails with the runtime's reason. */
export async function runTheStory(page: Page, id: string) {
  const view = compareView(page, id);
  await view.locator('[data-compare-run]').click();
  await page.waitForSelector(`[data-compare="${id}"]:is([data-compare-status="done"], [data-compare-status="error"])`, { timeout: 55_000 });
  if ((await view.getAttribute('data-compare-status')) === 'error') {
    throw new Error(`The story stopped: ${await view.getByRole('status').innerText()}`);
  }
}

type Numbers = Record<string, Record<(typeof MEASURES)[number], number | null>>;

/** What the live table shows: the numbers in the cells. */
async function liveNumbers(page: Page, examples: string[]): Promise<Numbers> {
  const numbers: Numbers = {};
  for (const example of examples) {
    const row = {} as Numbers[string];
    for (const key of MEASURES) {
      const text = (await page.locator(`[data-live="${example}:${key}"]`).first().textContent())?.trim() ?? '';
      row[key] = /^\d+$/.test(text) ? Number(text) : null;
    }
    numbers[example] = row;
  }
  return numbers;
}

/**
 * What the page's "Measured" table states. A stated spread (shown as "23 ± 1") accepts a live
 * number within it: then the expected number is the live one.
 */
async function statedNumbers(page: Page, examples: string[], live: Numbers): Promise<Numbers> {
  const numbers: Numbers = {};
  for (const example of examples) {
    const row = {} as Numbers[string];
    for (const key of MEASURES) {
      const cell = page.locator(`[data-measured="${example}:${key}"]`).first();
      const value = Number(await cell.getAttribute('data-value'));
      const spread = Number((await cell.getAttribute('data-spread')) ?? 0);
      const seen = live[example]?.[key];
      row[key] = seen !== null && seen !== undefined && Math.abs(seen - value) <= spread ? seen : value;
    }
    numbers[example] = row;
  }
  return numbers;
}

/**
 * The live table of the compare view against the page's "Measured" table. On a mismatch the
 * message prints the live numbers, ready to paste into the step's JSON.
 */
export async function expectStoryNumbersAsStated(page: Page, id: string, examples: string[]) {
  const live = await liveNumbers(page, examples);
  const stated = await statedNumbers(page, examples, live);
  expect(
    live,
    `"Run the story" counted, in the browser:\n${JSON.stringify(live, null, 2)}\n` +
      `The page states other numbers. If the change is meant, put these in ` +
      `playground/examples/migration-measure/measured/${id}.json (and check the page's prose).`,
  ).toEqual(stated);
}
