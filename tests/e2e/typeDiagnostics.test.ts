import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExampleMeta } from '../../playground/examples/exampleMeta.ts';
import { openSession, type Session } from './support/browser.ts';
import { PLAYGROUND_PAGE, playground, previewFrame, waitForStatus } from './support/playground.ts';
import { hoverText, retypeWord } from './support/typeCheck.ts';

const GUIDE = '/patterns/type-safety/';
const GUIDE_EXAMPLES = ['types-rtk', 'types-query', 'types-jotai', 'types-zustand', 'types-validation'];
const metaOf = async (id: string) => ((await import(`../../playground/examples/${id}/meta.ts`)) as { default: ExampleMeta }).default;

/** Requests since the `from`-th for the type checker: its worker, its types, and the editor's lint code. */
const typeCheckRequests = (session: Session, from: number) =>
  session.requests
    .slice(from)
    .map((url) => new URL(url).pathname)
    .filter((path) => path.startsWith('/typecheck/') || /\/editorTypeCheck\.[\w-]+\.js$/.test(path));

/** Focuses the playground's editor (clicking into its code) and waits for a first type check to land. */
async function focusAndWaitForCheck(page: Page, id: string) {
  const root = playground(page, id);
  await root.scrollIntoViewIfNeeded();
  await waitForStatus(page, id, 'ready', 30_000);
  await root.locator('.cm-content').click();
  await root.locator('.cm-editor[data-type-checks]').waitFor({ timeout: 20_000 });
}

describe('TypeScript in the playground editor', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session.close());

  it('loads nothing of TypeScript on a guide page until a reader points at an editor', async () => {
    const page = await session.newPage();
    const before = session.requests.length;
    await page.goto(new URL(PLAYGROUND_PAGE, inject('docsUrl')).href);
    await waitForStatus(page, 'hello-playground', 'ready', 30_000);
    await playground(page, 'hello-playground').locator('.cm-editor').waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
    expect(typeCheckRequests(session, before)).toEqual([]);

    // The pointer entering the editor is the intent to edit: the checker starts then, ahead of a click.
    await playground(page, 'hello-playground').locator('.cm-content').hover();
    await playground(page, 'hello-playground').locator('.cm-editor[data-type-checks]').waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => document.activeElement?.closest('.cm-editor') ?? null)).toBeNull();
    expect(typeCheckRequests(session, before).sort()).toEqual([
      expect.stringMatching(/\/editorTypeCheck\.[\w-]+\.js$/),
      expect.stringMatching(/^\/typecheck\/types-\w+\.json$/),
      expect.stringMatching(/^\/typecheck\/worker-\w+\.js$/),
    ]);
    // The example is clean: no underline.
    expect(await playground(page, 'hello-playground').locator('.cm-lintRange-error').count()).toBe(0);
    await page.close();
  });

  it('underlines a payload of the wrong type with TypeScript’s message, clears it once fixed, and shows a selector’s type on hover', async () => {
    const page = await session.newPage();
    await page.goto(new URL('/examples/types-rtk/', inject('docsUrl')).href);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const id = 'types-rtk';
    const root = playground(page, id);
    await waitForStatus(page, id, 'ready', 30_000);

    // The deliberate error, flagged as the example loads (its meta opts in), before any focus.
    const underline = root.locator('.cm-lintRange-error');
    await underline.first().waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => document.activeElement?.closest('.cm-editor') ?? null)).toBeNull();
    expect(await underline.allInnerTexts()).toEqual(["'done'"]);

    // Fixed: the underline goes away. The first underline was the build's stored answer; this check
    // waits for the worker's language service to finish warming up (seconds on a busy machine).
    await retypeWord(page, id, "statusFilterChanged('done')", 'done', 'completed');
    await expect.poll(() => underline.count(), { timeout: 30_000 }).toBe(0);

    // A payload of the wrong type: 'active' becomes 42, typed over the word, then the quotes deleted.
    await retypeWord(page, id, "statusFilterChanged('active')", 'active', '42');
    await page.keyboard.press('Delete');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Backspace');
    await root.locator('.cm-line', { hasText: 'statusFilterChanged(42)' }).waitFor({ timeout: 5_000 });
    await underline.first().waitFor({ timeout: 5_000 });
    expect(await underline.allInnerTexts()).toEqual(['42']);
    const message = await hoverText(page, id, 'statusFilterChanged(42)', '42', '.cm-tooltip-lint');
    expect(message).toContain("Argument of type '42' is not assignable to parameter of type 'StatusFilter'.");

    // The preview still runs: the type error does not stop it.
    const frame = await previewFrame(page, id);
    await frame.getByText('Accessibility Cleanup').first().waitFor({ timeout: 15_000 });

    // Hover a selector: its inferred type.
    const type = await hoverText(page, id, 'useAppSelector(selectStatusFilter)', 'selectStatusFilter', '.cm-typeHover');
    expect(type).toMatch(/const selectStatusFilter: Selector<\{\s*filter: \{\s*status: StatusFilter;\s*\};\s*\}, StatusFilter, \[\]>/);
    expect(session.offHostRequests()).toEqual([]);
    await page.close();
  });

  it('flags the guide’s deliberate errors once a reader is in the editor, each with TypeScript’s message', async () => {
    const page = await session.newPage();
    await page.goto(new URL(GUIDE, inject('docsUrl')).href);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    expect(await page.locator('[data-playground]').evaluateAll((els) => els.map((el) => el.getAttribute('data-playground')))).toEqual(GUIDE_EXAMPLES);
    for (const id of GUIDE_EXAMPLES) {
      const meta = await metaOf(id);
      await focusAndWaitForCheck(page, id);
      const root = playground(page, id);
      const underline = root.locator('.cm-lintRange-error');
      await underline.first().waitFor({ timeout: 20_000 });
      expect(await underline.count()).toBe(meta.typeExercise!.length);
      await page.mouse.move(0, 0);
      await underline.first().hover();
      const tooltip = root.locator('.cm-tooltip-lint').first();
      await tooltip.waitFor({ timeout: 10_000 });
      expect(await tooltip.innerText()).toContain(meta.typeExercise![0].message);
      const frame = await previewFrame(page, id);
      await frame.getByText(meta.firstData).first().waitFor({ timeout: 15_000 });
    }
    expect(session.offHostRequests()).toEqual([]);
    await page.close();
  });
});
