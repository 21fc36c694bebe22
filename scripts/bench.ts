// Speed figures of the built site in headless Chromium, one line per figure:
// `NAME VALUE ms`. Run `npm run build` first. Figures are medians; the machine is
// shared and noisy, so these are measured here and never asserted in the tests.
import { ensureChromium } from '../tests/e2e/support/chromium.ts';
import { openSession } from '../tests/e2e/support/browser.ts';
// @ts-ignore plain ESM script
import { serveSite } from './serveSite.mjs';

const BOOT_RUNS = 5;
const EDITS = 10;
const PAGE = 'patterns/playgrounds/';
const FIRST_DATA = 'Accessibility Cleanup';

/** In every frame: the epoch time at which `text` first appears in the document. */
function watchForText(text: string) {
  const w = window as unknown as { __seen?: Record<string, number>; __watch?: (t: string) => void };
  w.__seen = {};
  w.__watch = (t: string) => {
    const check = () => {
      if (!w.__seen![t] && document.body?.innerText.includes(t)) w.__seen![t] = performance.timeOrigin + performance.now();
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
    check();
  };
  w.__watch(text);
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function previewFrame(page: import('playwright-core').Page) {
  const handle = await page.locator('iframe[title="Sandpack Preview"]').elementHandle({ timeout: 20_000 });
  return (await handle!.contentFrame())!;
}

async function seenAt(frame: import('playwright-core').Frame, text: string) {
  await frame.waitForFunction((t) => (window as unknown as { __seen: Record<string, number> }).__seen?.[t], text, { timeout: 20_000 });
  return frame.evaluate((t) => (window as unknown as { __seen: Record<string, number> }).__seen[t], text);
}

/** Navigation start to the first preview paint showing mocked data, each run with a cold cache. */
async function measureBoot(docsUrl: string) {
  const times: number[] = [];
  for (let run = 0; run < BOOT_RUNS; run++) {
    const session = await openSession();
    const page = await session.newPage();
    await page.addInitScript(watchForText, FIRST_DATA);
    await page.goto(new URL(PAGE, docsUrl).href);
    const frame = await previewFrame(page);
    const shownAt = await seenAt(frame, FIRST_DATA);
    // The next animation frame after the DOM change is when it is painted.
    const paintedAt = shownAt + (await frame.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(0)))));
    const navigationStart = await page.evaluate(() => performance.timeOrigin);
    times.push(paintedAt - navigationStart);
    await session.close();
  }
  return median(times);
}

/** The reader's last keystroke to the preview showing the edit. */
async function measureEdit(docsUrl: string) {
  const session = await openSession();
  const page = await session.newPage();
  await page.goto(new URL(PAGE, docsUrl).href);
  await page.waitForSelector('[data-playground-status="ready"]', { timeout: 20_000 });
  const frame = await previewFrame(page);
  await frame.getByText(FIRST_DATA).waitFor();
  const times: number[] = [];
  await page.locator('.cm-content').getByText('Hello, playground').click();
  await page.keyboard.press('End');
  for (let edit = 0; edit < EDITS; edit++) {
    const marker = `edit${edit}`;
    await frame.evaluate(watchForText, marker);
    await page.evaluate(() => {
      (window as unknown as { __lastKey: number }).__lastKey = 0;
      document.addEventListener('keydown', () => ((window as unknown as { __lastKey: number }).__lastKey = performance.timeOrigin + performance.now()), { capture: true });
    });
    await page.keyboard.type(` ${marker}`, { delay: 20 });
    const shownAt = await seenAt(frame, marker);
    const lastKey = await page.evaluate(() => (window as unknown as { __lastKey: number }).__lastKey);
    times.push(shownAt - lastKey);
    await page.waitForSelector('[data-playground-status="ready"]');
  }
  await session.close();
  return median(times);
}

ensureChromium();
const site = await serveSite({ port: 0 });
try {
  console.log(`playground-boot-ms ${(await measureBoot(site.docsUrl)).toFixed(0)} ms`);
  console.log(`playground-edit-ms ${(await measureEdit(site.docsUrl)).toFixed(0)} ms`);
} finally {
  await site.close();
}
