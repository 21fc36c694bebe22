import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from './support/browser.ts';
import { PLAYGROUND_PAGE, waitForStatus } from './support/playground.ts';

interface Recorded {
  data: Record<string, unknown>;
  origin: string;
}

/**
 * Records every message that reaches each frame: the page sees the runtime's side,
 * the preview iframe sees Sandpack's. Runs in all frames before their scripts.
 */
function recordMessages() {
  const log: { data: unknown; origin: string }[] = [];
  (window as unknown as { __messages: typeof log }).__messages = log;
  addEventListener('message', (event) => log.push({ data: JSON.parse(JSON.stringify(event.data ?? null)), origin: event.origin }), true);
}

describe("Sandpack's bundler protocol, end to end (fails loudly if an upgrade changes it)", () => {
  let session: Session;
  let page: import('playwright-core').Page;
  let toPage: Recorded[];
  let toRuntime: Recorded[];
  let docsOrigin: string;
  let runtimeOrigin: string;

  beforeAll(async () => {
    session = await openSession();
    await session.context.addInitScript(recordMessages);
    page = await session.newPage();
    await page.goto(new URL(PLAYGROUND_PAGE, inject('docsUrl')).href);
    await waitForStatus(page, 'hello-playground', 'ready');
    const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes(':'))!;
    docsOrigin = new URL(page.url()).origin;
    runtimeOrigin = new URL(frame.url()).origin;
    const read = (f: typeof frame) => f.evaluate(() => (window as unknown as { __messages: Recorded[] }).__messages);
    const sandpackOnly = (m: Recorded) => m.data && (m.data.codesandbox === true || m.data.type === 'register-frame');
    toPage = (await read(page.mainFrame())).filter((m) => m.origin === runtimeOrigin && sandpackOnly(m));
    toRuntime = (await read(frame)).filter((m) => m.origin === docsOrigin && sandpackOnly(m));
  });
  afterAll(() => session.close());

  it('starts with the runtime announcing itself, then Sandpack registering the frame with an id', () => {
    expect(toPage[0].data).toMatchObject({ type: 'initialized', codesandbox: true });
    const register = toRuntime.find((m) => m.data.type === 'register-frame')!;
    expect(register.data).toMatchObject({ type: 'register-frame', origin: expect.any(String), id: expect.anything() });
    expect(register.data.codesandbox).toBeUndefined();
  });

  it('sends compile with version 3 and the files as { code, path } modules', () => {
    const compile = toRuntime.find((m) => m.data.type === 'compile')!;
    expect(compile.data).toMatchObject({ codesandbox: true, type: 'compile', version: 3 });
    const modules = compile.data.modules as Record<string, { code: string; path: string }>;
    expect(modules['/App.tsx']).toMatchObject({ code: expect.stringContaining('export default function App'), path: '/App.tsx' });
    expect(JSON.parse(modules['/package.json'].code).main).toBe('/index.tsx');
  });

  it('answers every compile with start, success and done, tagged with the registered id', () => {
    const id = toRuntime.find((m) => m.data.type === 'register-frame')!.data.id;
    const answers = toPage.filter((m) => ['start', 'success', 'done'].includes(m.data.type as string));
    expect(answers.map((m) => m.data.type).slice(0, 3)).toEqual(['start', 'success', 'done']);
    for (const answer of answers) expect(answer.data.$id).toBe(id);
    expect(answers.find((m) => m.data.type === 'done')!.data).toMatchObject({ compilatonError: false });
  });

  it('keeps our own messages apart: nothing of the visualizer carries codesandbox', async () => {
    const ours = (await page.evaluate(() => (window as unknown as { __messages: Recorded[] }).__messages)).filter((m) => m.data?.statelab === 1);
    expect(ours.length).toBeGreaterThan(0);
    for (const message of ours) expect(message.data.codesandbox).toBeUndefined();
  });
});
