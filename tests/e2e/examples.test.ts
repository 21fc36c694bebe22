import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ExampleMeta } from '../../playground/examples/exampleMeta.ts';
import { openSession, type Session } from './support/browser.ts';
import { exampleFolders } from './support/examples.ts';
import { previewFrame, waitForStatus } from './support/playground.ts';

const examples = await Promise.all(
  exampleFolders().map(async (id) => ({ id, meta: ((await import(`../../playground/examples/${id}/meta.ts`)) as { default: ExampleMeta }).default })),
);

describe('every example', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session.close());

  it('is found in playground/examples/', () => {
    expect(examples.map((e) => e.id)).toContain('hello-playground');
  });

  it.each(examples)('$id boots in the browser and shows its first data, offline and without errors', async ({ id, meta }) => {
    const page = await session.newPage();
    const errorsBefore = session.errors.length;
    await page.goto(new URL(`/examples/${id}/`, inject('docsUrl')).href);
    await waitForStatus(page, id, 'ready', 30_000);
    const frame = await previewFrame(page, id);
    await frame.getByText(meta.firstData, { exact: false }).first().waitFor({ timeout: 15_000 });
    expect(session.errors.slice(errorsBefore)).toEqual([]);
    expect(session.offHostRequests()).toEqual([]);
    await page.close();
  });
});
