import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from './support/browser.ts';
import { previewFrame, waitForStatus } from './support/playground.ts';

const ID = 'visualizer-tasks';
/** A task of the example's first page that is not done yet (seed 1, sorted by title). */
const OPEN_TASK = 'Design conflict dialog';

describe('visualizer-tasks in the browser', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session.close());

  it('shows a task marked done in the Done list that was cached before the change', async () => {
    const page = await session.newPage();
    await page.goto(new URL(`/examples/${ID}/`, inject('docsUrl')).href);
    await waitForStatus(page, ID, 'ready', 30_000);
    const frame = await previewFrame(page, ID);
    const filter = (name: string) => frame.getByRole('navigation', { name: 'Filter by status' }).getByRole('button', { name, exact: true });
    const task = frame.getByRole('checkbox', { name: OPEN_TASK });

    const checkboxes = frame.getByRole('checkbox');

    // Visit Done first, so its list is in the cache, then go back to All.
    await filter('Done').click();
    await frame.getByRole('checkbox', { checked: true }).first().waitFor();
    expect(await checkboxes.evaluateAll((boxes) => boxes.every((box) => (box as HTMLInputElement).checked))).toBe(true);
    expect(await task.count()).toBe(0);
    await filter('All').click();
    await task.waitFor();
    expect(await task.isChecked()).toBe(false);

    // Mark it done, and open Done once the server has the change.
    await task.check();
    const timeline = page.locator(`[data-playground="${ID}"] [data-visualizer]`);
    await timeline.locator('[data-event-kind="dispatch"]', { hasText: 'executeMutation/fulfilled · updateTask' }).first().waitFor();
    await filter('Done').click();
    await task.waitFor({ timeout: 10_000 });
    expect(await task.isChecked()).toBe(true);

    // A filter with nothing in it says so, rather than showing an empty list.
    await filter('In progress').click();
    await frame.getByText('No tasks with the status “In progress”.').waitFor();
    expect(await checkboxes.count()).toBe(0);
    await page.close();
  });
});
