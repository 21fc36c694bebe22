import type { Frame, Page } from 'playwright-core';

export const PLAYGROUND_PAGE = '/patterns/playgrounds/';

export function playground(page: Page, id: string) {
  return page.locator(`[data-playground="${id}"]`);
}

/** Waits until the playground's status marker says `status`. */
export async function waitForStatus(page: Page, id: string, status: 'ready' | 'error' | 'loading', timeout = 20_000) {
  await page.waitForSelector(`[data-playground="${id}"][data-playground-status="${status}"]`, { timeout });
}

/** The preview iframe's frame (on the runtime's origin). */
export async function previewFrame(page: Page, id: string): Promise<Frame> {
  const handle = await playground(page, id).locator('iframe[title="Sandpack Preview"]').elementHandle({ timeout: 20_000 });
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('The preview iframe has no frame');
  return frame;
}

/** Opens a file tab (if it isn't open) and replaces its whole text, as a reader pasting code would. */
export async function replaceCode(page: Page, id: string, code: string, file?: string) {
  const root = playground(page, id);
  if (file) await root.getByRole('tab', { name: file, exact: true }).click();
  await root.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(code);
}

/** The text of Sandpack's error overlay, once it shows. */
export async function errorOverlayText(page: Page, id: string, timeout = 10_000): Promise<string> {
  const overlay = playground(page, id).locator('.sp-error');
  await overlay.waitFor({ state: 'visible', timeout });
  return (await overlay.innerText()).trim();
}

/** Proves the docs page is still responsive: the theme switch still works. */
export async function pageStillResponds(page: Page) {
  const select = page.locator('starlight-theme-select select').first();
  const current = await page.locator('html').getAttribute('data-theme');
  const next = current === 'dark' ? 'light' : 'dark';
  await select.selectOption(next, { timeout: 3_000 });
  await page.waitForFunction((theme) => document.documentElement.dataset.theme === theme, next, { timeout: 3_000 });
}
