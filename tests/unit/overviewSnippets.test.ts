import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { importGuideSnippet } from './support/guideSnippet';

/** The architecture overview's snippets, imported as the page prints them. */
const PAGE = 'content/docs/architecture/overview.mdx';

describe('the overview’s Valtio snippet', () => {
  type Snippet = { taskDraft: { labels: string[] }; addLabel(label: string): void; LabelPicker(): null };
  let valtio: { module: Snippet; cleanup: () => void };
  beforeAll(async () => {
    valtio = await importGuideSnippet<Snippet>(PAGE, 'export function LabelPicker');
  });
  afterAll(() => valtio.cleanup());

  it('adds a label once however often “Add bug” is clicked: the labels, which are the React keys, stay unique', () => {
    const { taskDraft, addLabel, LabelPicker } = valtio.module;
    addLabel('bug');
    addLabel('bug');
    addLabel('ux');
    expect(taskDraft.labels).toEqual(['bug', 'ux']);

    const html = renderToString(createElement(LabelPicker));
    const labels = [...html.matchAll(/<span>(.*?)(?:<!-- -->)? <\/span>/g)].map(([, label]) => label);
    expect(labels).toEqual(['bug', 'ux']);
    expect(html).toMatch(/<button[^>]*disabled/); // and the button says so
  });
});

describe('the overview’s useSearchParam snippet', () => {
  type Snippet = { setSearchParam(name: string, next: string | null): void };
  let url: { module: Snippet; cleanup: () => void };
  const events: string[] = [];
  const record = (event: Event) => events.push(event.type);

  // Just enough of a browser window for the snippet: events, a location and pushState.
  beforeAll(async () => {
    const location = new URL('https://app.example/tasks?status=todo');
    const window = Object.assign(new EventTarget(), {
      location,
      history: { pushState: (_state: unknown, _unused: string, next: URL) => (location.href = String(next)) },
    });
    vi.stubGlobal('window', window);
    window.addEventListener('popstate', record);
    window.addEventListener('searchparamchange', record);
    url = await importGuideSnippet<Snippet>(PAGE, 'export function useSearchParam');
  });
  afterEach(() => void (events.length = 0));
  afterAll(() => {
    url.cleanup();
    vi.unstubAllGlobals();
  });

  it('changes the URL and tells subscribers with its own event, never a popstate a router would take for Back', () => {
    url.module.setSearchParam('status', 'done');
    expect((window as unknown as { location: URL }).location.search).toBe('?status=done');
    url.module.setSearchParam('status', null);
    expect((window as unknown as { location: URL }).location.search).toBe('');
    expect(events).toEqual(['searchparamchange', 'searchparamchange']);
  });
});
