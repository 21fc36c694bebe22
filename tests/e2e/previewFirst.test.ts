import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Frame, Page, Route } from 'playwright-core';
import helloPlayground from '../../playground/examples/hello-playground/meta.ts';
import { STORAGE_IN_MEMORY_ATTRIBUTE, STORAGE_IN_MEMORY_NOTICE } from '../../playground/runtime/memoryStorage.ts';
import { openSession, type Session } from './support/browser.ts';
import { PLAYGROUND_PAGE, playground, previewFrame, replaceCode, waitForStatus } from './support/playground.ts';

/**
 * Preview-first boot (issue 13): the page's HTML starts each playground's preview frame, which
 * runs its example before Sandpack has loaded; Sandpack then takes that same frame over.
 */
const ID = 'hello-playground';
const APP = readFileSync(new URL('../../playground/examples/hello-playground/App.tsx', import.meta.url), 'utf8');
const url = () => new URL(PLAYGROUND_PAGE, inject('docsUrl')).href;
/** Sandpack's chunk, with the editor and the client (the island imports it once the preview is up). */
const SANDPACK_CHUNK = /\/_astro\/PlaygroundSandpack\.[^/]*\.js$/;

/** Navigations of preview frames to the runtime, by example. */
function frameLoads(session: Session, example: string): () => number {
  let count = 0;
  session.context.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() !== request.frame().page()?.mainFrame() && request.url().includes(`example=${example}`)) count++;
  });
  return () => count;
}

interface Shown {
  text: string;
  /** Epoch ms. */
  at: number;
}

/**
 * In each frame from its start, every text the preview's body has shown; in the page, when each
 * playground's Sandpack preview (`.sp-preview`) appeared. Times in epoch ms, comparable across frames.
 */
function recordTexts() {
  const now = () => performance.timeOrigin + performance.now();
  if (window !== window.top) {
    const seen: Shown[] = [];
    (window as unknown as { __texts: Shown[] }).__texts = seen;
    new MutationObserver(() => seen.push({ text: document.body?.innerText ?? '', at: now() })).observe(document, { subtree: true, childList: true, characterData: true });
    return;
  }
  const sandpackAt: Record<string, number> = {};
  (window as unknown as { __sandpackAt: Record<string, number> }).__sandpackAt = sandpackAt;
  new MutationObserver(() => {
    for (const preview of document.querySelectorAll('[data-playground] .sp-preview')) {
      const id = preview.closest<HTMLElement>('[data-playground]')!.dataset.playground!;
      sandpackAt[id] ??= now();
    }
  }).observe(document, { subtree: true, childList: true });
}

describe('preview-first boot', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession();
    await session.context.addInitScript(recordTexts);
  });
  afterAll(() => session.close());

  it('the preview is live with its first data while Sandpack’s chunk is still held back; Sandpack then adopts that frame', async () => {
    const page = await session.newPage();
    const loads = frameLoads(session, ID);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let requested = false;
    await page.route(SANDPACK_CHUNK, async (route: Route) => {
      requested = true;
      await held;
      await route.continue();
    });
    try {
      await page.goto(url());
      const frame = await previewFrame(page, ID);
      await frame.getByText('Accessibility Cleanup').waitFor({ timeout: 20_000 });
      // Live: the app answers a click, while the editor is still the static placeholder.
      await frame.getByRole('button', { name: 'Clicked 0 times' }).click();
      await frame.getByRole('button', { name: 'Clicked 1 times' }).waitFor();
      await expect.poll(() => requested, { timeout: 10_000 }).toBe(true);
      expect(await playground(page, ID).locator('.cm-editor').count()).toBe(0);
      expect(await playground(page, ID).getAttribute('data-playground-status')).toBe('loading');

      release();
      await waitForStatus(page, ID, 'ready');
      const root = playground(page, ID);
      expect(await root.locator('iframe').count()).toBe(1);
      expect(await root.locator('iframe[title="Sandpack Preview"]').count()).toBe(1);
      // Adopted, not reloaded: the app kept its state, and the runtime's page loaded once.
      await frame.getByRole('button', { name: 'Clicked 1 times' }).waitFor();
      expect(loads()).toBe(1);
      // The visualizer has the run's first request, made before it existed.
      await root.locator('[data-event-source="network"]', { hasText: '/projects' }).first().waitFor({ timeout: 10_000 });

      // Editing works, in the same frame.
      await root.locator('.cm-content').waitFor({ timeout: 20_000 });
      await replaceCode(page, ID, APP.replace('Hello, playground', 'Edited after adoption'));
      await frame.getByRole('heading', { name: 'Edited after adoption' }).waitFor({ timeout: 10_000 });
      expect(await root.locator('iframe').count()).toBe(1);
      expect(loads()).toBe(1);
    } finally {
      release();
      await page.evaluate(() => localStorage.clear());
      await page.close();
    }
  });

  it('with saved edits, the first preview shows the reader’s code, never the original', async () => {
    const page = await session.newPage();
    try {
      await page.goto(url());
      await waitForStatus(page, ID, 'ready');
      await playground(page, ID).locator('.cm-content').waitFor({ timeout: 20_000 });
      await replaceCode(page, ID, APP.replace('Hello, playground', 'My saved heading'));
      await (await previewFrame(page, ID)).getByRole('heading', { name: 'My saved heading' }).waitFor({ timeout: 10_000 });
      await expect.poll(() => page.evaluate((id) => localStorage.getItem(`statelab:playground:${id}`), ID)).not.toBeNull();

      await page.reload();
      await waitForStatus(page, ID, 'ready');
      const frame = await previewFrame(page, ID);
      await frame.getByRole('heading', { name: 'My saved heading' }).waitFor({ timeout: 10_000 });
      expect(new URL(frame.url()).searchParams.has('run')).toBe(false);
      const texts = (await frame.evaluate(() => (window as unknown as { __texts: Shown[] }).__texts)).map((shown) => shown.text);
      expect(texts.some((text) => text.includes('My saved heading'))).toBe(true);
      expect(texts.filter((text) => text.includes('Hello, playground'))).toEqual([]);
    } finally {
      await page.evaluate(() => localStorage.clear());
      await page.close();
    }
  });

  it('on a page of several playgrounds, one far below starts only when scrolled to, shows its data before its Sandpack, and each keeps one frame', async () => {
    const page = await session.newPage();
    const ids = ['testing-reducer', 'testing-zustand', 'testing-atoms', 'testing-query', 'testing-component', 'testing-timers'];
    const last = ids[ids.length - 1]!;
    const lastLoads = frameLoads(session, last);
    try {
      await page.goto(new URL('patterns/testing/', inject('docsUrl')).href);
      await playground(page, ids[0]!).scrollIntoViewIfNeeded();
      await waitForStatus(page, ids[0]!, 'ready');
      expect(lastLoads()).toBe(0);
      // Longer than Sandpack ever waits for a preview once near (PREVIEW_FIRST_MS): that wait counts from the scroll.
      await page.waitForTimeout(3_500);
      await playground(page, last).scrollIntoViewIfNeeded();
      await waitForStatus(page, last, 'ready');
      const frame = await previewFrame(page, last);
      await frame.getByText('Answered at').first().waitFor();
      expect(lastLoads()).toBe(1);
      // Its preview started first, on its own: Sandpack came for it only once it showed its first data.
      const dataAt = (await frame.evaluate(() => (window as unknown as { __texts: Shown[] }).__texts)).find((shown) => shown.text.includes('Answered at'))!.at;
      const sandpackAt = await page.evaluate((id) => (window as unknown as { __sandpackAt: Record<string, number> }).__sandpackAt[id], last);
      expect(dataAt).toBeLessThan(sandpackAt);
      for (const id of [ids[0]!, last]) expect(await playground(page, id).locator('iframe[title="Sandpack Preview"]').count()).toBe(1);
    } finally {
      await page.close();
    }
  });
});

/** The preview's notice that its storage lives in memory (memoryStorage.ts). */
const storageNotice = (frame: Frame) => frame.getByRole('status').filter({ hasText: STORAGE_IN_MEMORY_NOTICE });

describe('the runtime, embedded by a page on another origin', () => {
  let server: http.Server;
  let foreignUrl: string;
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    const runtime = `${inject('sandboxUrl')}?example=${ID}&run#theme=light`;
    // A page on an origin that is neither the docs site's nor the runtime's (127.0.0.1, another port).
    server = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><html lang="en"><title>Elsewhere</title><iframe title="embedded" src="${runtime}" width="600" height="400"></iframe></html>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    foreignUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    session = await openSession();
    page = await session.newPage();
  });
  afterAll(async () => {
    await session.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it('hears nothing from it and answers nothing: no registration, no compile, no control', async () => {
    await page.addInitScript(() => {
      const received: unknown[] = [];
      (window as unknown as { __received: unknown[] }).__received = received;
      if (window === window.top) addEventListener('message', (event) => received.push(event.data));
    });
    await page.goto(foreignUrl);
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    // The example as shipped may run (it is public code), but it talks only to the docs origins.
    await frame.getByText('Hello, playground').waitFor({ timeout: 20_000 });
    await page.evaluate(() => {
      const target = document.querySelector('iframe')!.contentWindow!;
      target.postMessage({ type: 'register-frame', origin: location.origin, id: 'intruder' }, '*');
      target.postMessage({ statelab: 1, type: 'adopt' }, '*');
      target.postMessage(
        {
          type: 'compile',
          codesandbox: true,
          $id: 'intruder',
          modules: {
            '/index.tsx': { code: "document.body.textContent = 'Taken over';", path: '/index.tsx' },
            '/package.json': { code: '{"main":"/index.tsx"}', path: '/package.json' },
          },
        },
        '*',
      );
    });
    await page.waitForTimeout(1_000);
    expect(await frame.getByText('Taken over').count()).toBe(0);
    await frame.getByText('Hello, playground').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __received: unknown[] }).__received)).toEqual([]);
    // Another origin of the same site (127.0.0.1): the frame keeps the browser's own storage.
    expect(await frame.locator(`[${STORAGE_IN_MEMORY_ATTRIBUTE}]`).count()).toBe(0);
    expect(await storageNotice(frame).count()).toBe(0);
  });

  it('on another site, where the browser denies the frame storage, still runs the example, in memory storage, and says so', async () => {
    const elsewhere = await session.newPage();
    // localhost and 127.0.0.1 are two sites: the runtime is a third-party frame there.
    await elsewhere.goto(foreignUrl.replace('127.0.0.1', 'localhost'));
    const frame = elsewhere.frames().find((f) => f !== elsewhere.mainFrame())!;
    await frame.getByText(helloPlayground.firstData).waitFor({ timeout: 20_000 });
    await expect(storageNotice(frame).isVisible()).resolves.toBe(true);
    // The notice stands above the example, not over it.
    const [notice, heading] = await Promise.all([
      storageNotice(frame).boundingBox(),
      frame.getByText('Hello, playground').boundingBox(),
    ]);
    expect(notice!.y + notice!.height).toBeLessThanOrEqual(heading!.y);
    // Web Storage works, in memory; IndexedDB is absent rather than failing on every open.
    expect(
      await frame.evaluate(() => {
        localStorage.setItem('kept', 'yes');
        return [localStorage.getItem('kept'), typeof indexedDB];
      }),
    ).toEqual(['yes', 'undefined']);
    expect(session.errors.filter((error) => error.includes('localhost'))).toEqual([]);
    await elsewhere.close();
  });
});
