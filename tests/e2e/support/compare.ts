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

async function readNumbers(page: Page, attribute: 'data-live' | 'data-measured', examples: string[]): Promise<Numbers> {
  const numbers: Numbers = {};
  for (const example of examples) {
    const row = {} as Numbers[string];
    for (const key of MEASURES) {
      const text = await page.locator(`[${attribute}="${example}:${key}"]`).first().textContent();
      row[key] = text !== null && /^\d+$/.test(text.trim()) ? Number(text) : null;
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
  const live = await readNumbers(page, 'data-live', examples);
  const stated = await readNumbers(page, 'data-measured', examples);
  expect(
    live,
    `"Run the story" counted, in the browser:\n${JSON.stringify(live, null, 2)}\n` +
      `The page states other numbers. If the change is meant, put these in ` +
      `playground/examples/migration-measure/measured/${id}.json (and check the page's prose).`,
  ).toEqual(stated);
}
