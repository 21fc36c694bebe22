import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, type Session } from './support/browser.ts';
import { errorOverlayText, PLAYGROUND_PAGE, pageStillResponds, playground, previewFrame, replaceCode, waitForStatus } from './support/playground.ts';

const ID = 'hello-playground';
const APP = readFileSync(join(import.meta.dirname, '../../playground/examples/hello-playground/App.tsx'), 'utf8');
const url = () => new URL(PLAYGROUND_PAGE, inject('docsUrl')).href;

/** The 1-based line of the first line of APP containing `text`. */
const lineOf = (text: string) => APP.split('\n').findIndex((line) => line.includes(text)) + 1;
const EFFECT_LINE = lineOf('useEffect(() => {');
const APP_LINE = lineOf('export default function App()');
const BUTTON_LINE = lineOf('onClick=');

/**
 * The static placeholder (what a page without JavaScript shows) is as tall as the loaded
 * playground on `page`, at the same viewport: loading Sandpack makes no layout jump.
 */
async function expectPlaceholderOfSameHeight(page: Page, viewport?: { width: number; height: number }) {
  const loadedHeight = await playground(page, ID).evaluate((el) => el.getBoundingClientRect().height);
  const noScript = await openSession({ viewport, javaScriptEnabled: false });
  try {
    const placeholderPage = await noScript.newPage();
    await placeholderPage.goto(url());
    const placeholderHeight = await playground(placeholderPage, ID).evaluate((el) => el.getBoundingClientRect().height);
    expect(Math.abs(placeholderHeight - loadedHeight)).toBeLessThanOrEqual(2);
  } finally {
    await noScript.close();
  }
}

/** The demo app with one line changed, for edits that should re-render. */
const appWithHeading = (heading: string) => APP.replace('Hello, playground', heading);

describe('a playground on a guide page', () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session.close());
  beforeEach(async () => {
    page = await session.newPage();
    await page.goto(url());
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await waitForStatus(page, ID, 'ready');
    return () => page.close();
  });

  it('renders the preview with data from the mock backend, from a sandboxed iframe on another origin', async () => {
    const frame = await previewFrame(page, ID);
    await frame.getByText('Accessibility Cleanup').waitFor();
    expect(new URL(frame.url()).origin).not.toBe(new URL(page.url()).origin);
    expect(new URL(frame.url()).hostname).toBe('127.0.0.1');
    const sandbox = await playground(page, ID).locator('iframe[title="Sandpack Preview"]').getAttribute('sandbox');
    expect(sandbox).toContain('allow-scripts');
    await frame.getByRole('button', { name: 'Clicked 0 times' }).click();
    await frame.getByRole('button', { name: 'Clicked 1 times' }).waitFor();
    expect(session.offHostRequests()).toEqual([]);
  });

  it('shows data from the mock backend’s REST handlers and a message pushed over its socket', async () => {
    const frame = await previewFrame(page, ID);
    await frame.getByText('Accessibility Cleanup').waitFor();
    await frame.getByTestId('live').getByText(/Sam Rivera updated “.+”/).waitFor({ timeout: 10_000 });
    expect(session.offHostRequests()).toEqual([]);
  });

  it('reserves the playground’s final height before Sandpack loads (no layout jump)', async () => {
    await expectPlaceholderOfSameHeight(page);
  });

  it('re-renders the preview when the reader types in the editor', async () => {
    await replaceCode(page, ID, appWithHeading('Edited by a reader'));
    const frame = await previewFrame(page, ID);
    await frame.getByRole('heading', { name: 'Edited by a reader' }).waitFor();
    await waitForStatus(page, ID, 'ready');
  });

  const badCode: [string, string, RegExp][] = [
    ['a syntax error', APP.replace('return (', 'return (\n    <main'), /App\.tsx.*\(\d+:\d+\)/s],
    ['a runtime error', APP.replace('  useEffect(() => {', "  throw new Error('The reader broke it');\n  useEffect(() => {"), new RegExp(`App\\.tsx: The reader broke it \\(${EFFECT_LINE}:\\d+\\)`)],
    ['an unknown import', "import { noop } from 'lodash';\n" + APP.replace('useEffect(() => {', 'useEffect(() => {\n    noop();'), /App\.tsx: Cannot find package 'lodash' imported by App\.tsx\. Playgrounds run offline with these packages only: react, .*\(1:1\)/s],
    ['an infinite loop in a component', APP.replace('  useEffect(() => {', '  while (true) {}\n  useEffect(() => {'), new RegExp(`Possible infinite loop at App\\.tsx:${EFFECT_LINE}`)],
    ['a render loop', APP.replace('  useEffect(() => {', '  setCount(count + 1);\n  useEffect(() => {'), /Too many re-renders/],
    ['a stack overflow', APP.replace('export default function App() {', 'const depth = (n: number): number => depth(n + 1) + 1;\nexport default function App() {\n  depth(0);'), new RegExp(`App\\.tsx: Maximum call stack size exceeded \\(${APP_LINE}:\\d+\\)`)],
  ];

  it.each(badCode)('shows %s in the error overlay with file and line, keeps the page responsive, and recovers when fixed', async (_case, code, expected) => {
    await replaceCode(page, ID, code);
    const text = await errorOverlayText(page, ID);
    expect(text).toMatch(expected);
    await waitForStatus(page, ID, 'error');
    await pageStillResponds(page);
    await replaceCode(page, ID, appWithHeading('Fixed again'));
    const frame = await previewFrame(page, ID);
    await frame.getByRole('heading', { name: 'Fixed again' }).waitFor();
    await waitForStatus(page, ID, 'ready');
  });

  it('stops an infinite loop in an event handler and names its line', async () => {
    const spinning = APP.replace('onClick={() => setCount((c) => c + 1)}', 'onClick={() => { while (count >= 0) {} }}').replace('Clicked {count} times', 'Spin');
    await replaceCode(page, ID, spinning);
    const frame = await previewFrame(page, ID);
    await frame.getByRole('button', { name: 'Spin' }).click();
    expect(await errorOverlayText(page, ID)).toMatch(new RegExp(`Possible infinite loop at App\\.tsx:${BUTTON_LINE}`));
    await pageStillResponds(page);
  });

  it('stops an infinite loop at module scope', async () => {
    await replaceCode(page, ID, 'let spins = 0;\nfor (;;) { spins++; }\n' + APP);
    expect(await errorOverlayText(page, ID)).toMatch(/Possible infinite loop at App\.tsx:2/);
    await pageStillResponds(page);
  });

  it('keeps the reader’s edits across a reload, and Reset restores the example', async () => {
    await replaceCode(page, ID, appWithHeading('Kept after reload'));
    const frame = await previewFrame(page, ID);
    await frame.getByRole('heading', { name: 'Kept after reload' }).waitFor();
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('statelab:playground:')));
    await page.reload();
    await waitForStatus(page, ID, 'ready');
    await (await previewFrame(page, ID)).getByRole('heading', { name: 'Kept after reload' }).waitFor();
    await playground(page, ID).getByRole('button', { name: 'Reset', exact: true }).click();
    await (await previewFrame(page, ID)).getByRole('heading', { name: 'Hello, playground' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('statelab:playground:hello-playground'))).toBeNull();
    await page.reload();
    await waitForStatus(page, ID, 'ready');
    await (await previewFrame(page, ID)).getByRole('heading', { name: 'Hello, playground' }).waitFor();
  });

  it('drops corrupt saved edits with a visible notice and keeps everything else', async () => {
    await page.evaluate(() => {
      localStorage.setItem('statelab:playground:hello-playground', '{"format":1,"files":');
      localStorage.setItem('unrelated', 'kept');
    });
    await page.reload();
    await waitForStatus(page, ID, 'ready');
    await expect(playground(page, ID).locator('[data-playground-notice]').innerText()).resolves.toMatch(/could not be read/);
    await (await previewFrame(page, ID)).getByRole('heading', { name: 'Hello, playground' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('unrelated'))).toBe('kept');
    expect(await page.evaluate(() => localStorage.getItem('statelab:playground:hello-playground'))).toBeNull();
  });

  it('sets aside saved edits of an older version of the example', async () => {
    await page.evaluate(() => {
      localStorage.setItem('statelab:playground:hello-playground', JSON.stringify({ format: 1, version: 'old', files: { '/App.tsx': 'export default () => null' } }));
    });
    await page.reload();
    await waitForStatus(page, ID, 'ready');
    await expect(playground(page, ID).locator('[data-playground-notice]').innerText()).resolves.toMatch(/has changed/);
  });

  it('leaves nothing behind after 50 edits: one React root, no growth of intervals, listeners or sockets', async () => {
    // The extra export makes App.tsx more than a component module, so each edit runs the code
    // again in full (Fast Refresh would keep the run, and run the leaky effect again in it).
    const leaky = (n: number) =>
      APP.replace('Hello, playground', `Edit ${n}`).replace(
        '  useEffect(() => {',
        "  useEffect(() => {\n    setInterval(() => {}, 1000);\n    window.addEventListener('resize', () => {});\n  }, []);\n  useEffect(() => {",
      ) + `export const EDIT = ${n};\n`;
    const stats = async () => {
      const frame = await previewFrame(page, ID);
      await frame.getByTestId('live').getByText(/updated/).waitFor({ timeout: 10_000 });
      return frame.evaluate(() => (window as unknown as { __statelabRuntime: { stats(): Record<string, number> } }).__statelabRuntime.stats());
    };
    let afterFirst: Record<string, number> = {};
    for (let n = 1; n <= 50; n++) {
      await replaceCode(page, ID, leaky(n));
      await (await previewFrame(page, ID)).getByRole('heading', { name: `Edit ${n}`, exact: true }).waitFor();
      if (n === 1) afterFirst = await stats();
    }
    const afterFifty = await stats();
    expect(afterFifty.reactRoots).toBe(1);
    // The example opens one socket; each run of the edited code starts one interval and one listener.
    expect(afterFifty.openSockets).toBe(1);
    expect(afterFifty.intervals).toBeGreaterThanOrEqual(1);
    expect(afterFifty.listeners).toBeGreaterThanOrEqual(1);
    expect(afterFifty).toEqual(afterFirst);
  });
});

describe('the code editor at start-up', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session.close());

  // The second example's data comes through RTK Query's own fetch, 200–600 ms late.
  it.each([
    ['the demo', PLAYGROUND_PAGE, ID, 'Accessibility Cleanup'],
    ['an RTK Query example', '/examples/migration-2-after-rtk-query/', 'migration-2-after-rtk-query', 'Add conflict dialog'],
  ])('mounts it, and draws the visualizer panel, once %s has painted its first data, so neither delays that paint', async (_name, path, id, firstData) => {
    const page = await session.newPage();
    // Epoch times: in the page, when CodeMirror's editor and the visualizer's timeline appear;
    // in the preview, when the data does.
    await page.addInitScript((data: string) => {
      const w = window as unknown as { __at?: Record<string, number> };
      const at: Record<string, number> = (w.__at = {});
      const wanted: Record<string, () => boolean> =
        window === window.top
          ? { editor: () => !!document.querySelector('.cm-editor'), timeline: () => !!document.querySelector('.visualizer__timeline') }
          : { data: () => !!document.body?.textContent?.includes(data) };
      const observer = new MutationObserver(() => {
        for (const [name, seen] of Object.entries(wanted)) if (!at[name] && seen()) at[name] = performance.timeOrigin + performance.now();
        if (Object.keys(at).length === Object.keys(wanted).length) observer.disconnect();
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true });
    }, firstData);
    await page.goto(new URL(path, inject('docsUrl')).href);
    await playground(page, id).locator('.cm-content').waitFor({ timeout: 20_000 });
    await playground(page, id).locator('.visualizer__timeline').waitFor({ timeout: 20_000 });
    const frame = await previewFrame(page, id);
    const { data } = await frame.evaluate(() => (window as unknown as { __at: Record<string, number> }).__at);
    const { editor, timeline } = await page.evaluate(() => (window as unknown as { __at: Record<string, number> }).__at);
    expect(data).toBeGreaterThan(0);
    expect(editor).toBeGreaterThan(data!);
    expect(timeline).toBeGreaterThan(data!);
    // Drawn late, the timeline still shows what the playground did from its start.
    await playground(page, id).locator('[data-visualizer]').getByText(/GET .*(projects|tasks)/).first().waitFor();
    await page.close();
  });

  it.each([
    ['clicks', (code: import('playwright-core').Locator) => code.click()],
    ['tabs into', (code: import('playwright-core').Locator) => code.focus()],
  ])('mounts at once, with the caret in it, when the reader %s the code before the preview is ready', async (_how, reach) => {
    const page = await session.newPage();
    // Hold the example's modules back: the preview can't run until they come.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**/examples/${ID}.json`, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(url());
    // The code as the page's HTML has it, before Sandpack has loaded: reaching for it loads Sandpack at once.
    const code = playground(page, ID).locator('.playground__placeholder pre');
    await code.waitFor({ timeout: 20_000 });
    const previewWidth = () => playground(page, ID).locator('iframe[title="Sandpack Preview"]').evaluate((el) => el.getBoundingClientRect().width);
    const widthBefore = await previewWidth();
    await reach(code);
    const editor = playground(page, ID).locator('.cm-content');
    await editor.waitFor({ timeout: 5_000 });
    // The plain-text code and the editor take the same column: the preview doesn't jump.
    expect(Math.abs((await previewWidth()) - widthBefore)).toBeLessThanOrEqual(1);
    await page.waitForFunction(() => document.activeElement?.classList.contains('cm-content'));
    expect(await playground(page, ID).getAttribute('data-playground-status')).toBe('loading');
    release();
    await waitForStatus(page, ID, 'ready');
    await page.close();
  });
});

describe('loading Sandpack as a playground nears the viewport', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session.close());

  it('loads nothing of Sandpack for playgrounds far below, and loads each one as the reader scrolls to it', async () => {
    const page = await session.newPage();
    const sandpackRequests = () => session.requests.filter((request) => /PlaygroundSandpack\.[\w-]+\.js$/.test(request));
    const before = sandpackRequests().length;
    await page.goto(new URL('/patterns/redux-toolkit/', inject('docsUrl')).href, { waitUntil: 'networkidle' });
    const first = playground(page, 'rtk-entities');
    const last = playground(page, 'rtk-query-streaming');
    // The preview frames far below have not loaded the runtime either (loading="lazy").
    const runtimeLoads = (id: string) => session.requests.filter((request) => request.includes(`example=${id}`)).length;
    expect(await first.locator('.playground__placeholder').count()).toBe(1);
    expect(sandpackRequests().length).toBe(before);
    expect(runtimeLoads('rtk-query-streaming')).toBe(0);

    await first.scrollIntoViewIfNeeded();
    await first.locator('.sp-preview').waitFor({ timeout: 20_000 });
    expect(sandpackRequests().length).toBe(before + 1);
    expect(await last.locator('.playground__placeholder').count()).toBe(1);
    expect(runtimeLoads('rtk-query-streaming')).toBe(0);

    await last.scrollIntoViewIfNeeded();
    await last.locator('.sp-preview').waitFor({ timeout: 20_000 });
    await waitForStatus(page, 'rtk-query-streaming', 'ready');
    expect(runtimeLoads('rtk-query-streaming')).toBe(1);
    expect(await last.locator('iframe[title="Sandpack Preview"]').count()).toBe(1);
    await page.close();
  });
});

describe('a playground on a narrow screen', () => {
  it('stacks the code above the preview, each at its full height, in the height the placeholder reserved', async () => {
    const viewport = { width: 400, height: 850 };
    const session = await openSession({ viewport });
    try {
      const page = await session.newPage();
      await page.goto(url());
      await waitForStatus(page, ID, 'ready');
      await playground(page, ID).locator('.cm-content').waitFor();
      const box = (selector: string) => playground(page, ID).locator(selector).evaluate((el) => el.getBoundingClientRect());
      const editor = await box('.sp-editor');
      const preview = await box('.sp-preview');
      expect(editor.height).toBeGreaterThan(300);
      expect(preview.height).toBeGreaterThan(300);
      expect(preview.top).toBeGreaterThanOrEqual(editor.bottom - 1);
      await (await previewFrame(page, ID)).getByText('Accessibility Cleanup').waitFor();
      await expectPlaceholderOfSameHeight(page, viewport);
    } finally {
      await session.close();
    }
  });
});
