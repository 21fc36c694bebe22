import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { openSession, type Session } from './support/browser.ts';
import { errorOverlayText, PLAYGROUND_PAGE, playground, previewFrame, replaceCode, waitForStatus } from './support/playground.ts';

const ID = 'hello-playground';
const EXAMPLE = join(import.meta.dirname, '../../playground/examples/hello-playground');
const APP = readFileSync(join(EXAMPLE, 'App.tsx'), 'utf8');
const INDEX = readFileSync(join(EXAMPLE, 'index.tsx'), 'utf8');

/** The counter's button label, edited as a reader would. */
const withLabel = (label: string) => APP.replace('Clicked {count} times', `${label} {count} times`);

async function runtimeStats(frame: Frame): Promise<Record<string, number>> {
  return frame.evaluate(() => (window as unknown as { __statelabRuntime: { stats(): Record<string, number> } }).__statelabRuntime.stats());
}

/**
 * Fast Refresh on the demo playground, booted once: the steps build on each other (the count
 * clicked up at the start is what the later edits keep or reset).
 */
describe('Fast Refresh in a playground', () => {
  let session: Session;
  let page: Page;
  let frame: Frame;

  beforeAll(async () => {
    session = await openSession();
    page = await session.newPage();
    await page.goto(new URL(PLAYGROUND_PAGE, inject('docsUrl')).href);
    await waitForStatus(page, ID, 'ready');
    frame = await previewFrame(page, ID);
    await frame.getByText('Accessibility Cleanup').waitFor();
    for (let n = 0; n < 3; n++) {
      await frame.getByRole('button', { name: `Clicked ${n} times` }).click();
    }
    await frame.getByRole('button', { name: 'Clicked 3 times' }).waitFor();
  });
  afterAll(() => session.close());

  it('keeps the count when the component’s text is edited, and shows the new text', async () => {
    await replaceCode(page, ID, withLabel('Pressed'));
    await frame.getByRole('button', { name: 'Pressed 3 times' }).waitFor();
    await frame.getByRole('button', { name: 'Pressed 3 times' }).click();
    await frame.getByRole('button', { name: 'Pressed 4 times' }).waitFor();
  });

  it('keeps one React root and one socket across refreshes (effects are cleaned up and run again)', async () => {
    for (const label of ['Tapped', 'Hit', 'Pressed']) {
      await replaceCode(page, ID, withLabel(label));
      await frame.getByRole('button', { name: `${label} 4 times` }).waitFor();
    }
    await frame.getByTestId('live').getByText(/updated/).waitFor({ timeout: 10_000 });
    const stats = await runtimeStats(frame);
    expect(stats.reactRoots).toBe(1);
    expect(stats.openSockets).toBe(1);
  });

  it('shows a syntax error in the overlay, keeps the app, and keeps the count once the error is fixed', async () => {
    await replaceCode(page, ID, withLabel('Pressed').replace('return (', 'return (\n    <main'));
    expect(await errorOverlayText(page, ID)).toMatch(/App\.tsx.*\(\d+:\d+\)/s);
    await waitForStatus(page, ID, 'error');
    await replaceCode(page, ID, withLabel('Fixed'));
    await frame.getByRole('button', { name: 'Fixed 4 times' }).waitFor();
    await waitForStatus(page, ID, 'ready');
    await expect(playground(page, ID).locator('.sp-error').count()).resolves.toBe(0);
  });

  it('remounts the component, resetting the count, when an edit changes its hooks', async () => {
    await replaceCode(page, ID, withLabel('Fixed').replace('  const [count, setCount] = useState(0);', '  const [count, setCount] = useState(0);\n  const [step] = useState(1);'));
    await frame.getByRole('button', { name: 'Fixed 0 times' }).waitFor();
    await frame.getByRole('button', { name: 'Fixed 0 times' }).click();
    await frame.getByRole('button', { name: 'Fixed 1 times' }).waitFor();
  });

  it('shows an error thrown while rendering the edited component, and recovers when it is fixed', async () => {
    await replaceCode(page, ID, withLabel('Broken').replace('  useEffect(() => {', "  throw new Error('The reader broke it');\n  useEffect(() => {"));
    expect(await errorOverlayText(page, ID)).toMatch(/App\.tsx: The reader broke it/);
    await waitForStatus(page, ID, 'error');
    await replaceCode(page, ID, withLabel('Mended'));
    await frame.getByRole('button', { name: /^Mended \d+ times$/ }).waitFor();
    await waitForStatus(page, ID, 'ready');
    await frame.getByText('Accessibility Cleanup').waitFor();
    expect((await runtimeStats(frame)).reactRoots).toBe(1);
  });

  it('runs the playground again, resetting the count, when a module that is not a component is edited', async () => {
    await frame.getByRole('button', { name: /^Mended \d+ times$/ }).click();
    await frame.getByRole('button', { name: /^Mended [1-9]\d* times$/ }).waitFor();
    await replaceCode(page, ID, INDEX.replace('// The mock backend answers in the page', '// The mock backend (edited) answers in the page'), 'index.tsx');
    await frame.getByRole('button', { name: 'Mended 0 times' }).waitFor();
    await frame.getByText('Accessibility Cleanup').waitFor();
    await waitForStatus(page, ID, 'ready');
    const stats = await runtimeStats(frame);
    expect(stats.reactRoots).toBe(1);
    expect(stats.openSockets).toBe(1);
  });

  it('starts the app over on Reset, even when only a component was edited (which alone would keep the count)', async () => {
    // Put index.tsx back first (a re-run), so that the only difference from the example as
    // shipped is a component edit: putting that back alone would be a Fast Refresh.
    // (A click first, so that seeing the count at 0 proves the re-run has happened.)
    await frame.getByRole('button', { name: 'Mended 0 times' }).click();
    await frame.getByRole('button', { name: 'Mended 1 times' }).waitFor();
    await replaceCode(page, ID, INDEX, 'index.tsx');
    await frame.getByRole('button', { name: 'Mended 0 times' }).waitFor();
    await waitForStatus(page, ID, 'ready');
    await frame.getByRole('button', { name: 'Mended 0 times' }).click();
    await frame.getByRole('button', { name: 'Mended 1 times' }).click();
    await frame.getByRole('button', { name: 'Mended 2 times' }).waitFor();
    await playground(page, ID).locator('[data-playground-reset]').click();
    await frame.getByRole('button', { name: 'Clicked 0 times' }).waitFor();
    await waitForStatus(page, ID, 'ready');
  });

  it('starts the app over on Reset when nothing is edited', async () => {
    await frame.getByRole('button', { name: 'Clicked 0 times' }).click();
    await frame.getByRole('button', { name: 'Clicked 1 times' }).waitFor();
    await playground(page, ID).locator('[data-playground-reset]').click();
    await frame.getByRole('button', { name: 'Clicked 0 times' }).waitFor();
    await waitForStatus(page, ID, 'ready');
  });
});
