import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playStory, type StoryPlayerOptions } from './storyPlayer.ts';

// A few DOM stand-ins, just enough for the player (the tests run in Node).
class FakeSelect {
  options: { value: string }[];
  changes: string[] = [];
  private current = '';
  constructor(values: string[]) {
    this.options = values.map((value) => ({ value }));
  }
  get value() {
    return this.current;
  }
  set value(next: string) {
    this.current = next;
  }
  dispatchEvent(event: { type: string }) {
    this.changes.push(`${event.type}:${this.current}`);
    return true;
  }
}
const element = (text: string, extra: Record<string, unknown> = {}) => ({ textContent: text, ...extra });

function page() {
  const status = new FakeSelect(['all', 'todo']);
  const clicks: string[] = [];
  const button = (name: string, disabled = false) => element(name, { disabled, click: () => clicks.push(name) });
  const rows = [
    element('Write docs todo Mark done', { querySelectorAll: () => [button('Mark done', true)] }),
    element('Add conflict dialog todo Mark done', { querySelectorAll: () => [button('Mark done')] }),
  ];
  const body = { textContent: 'Tasks' };
  const document = {
    body,
    querySelectorAll: (selector: string) => (selector === 'label' ? [element('Status all todo', { control: status })] : rows),
  };
  return { document: document as unknown as Document, status, clicks, body };
}

function options(document: Document, log: string[]): StoryPlayerOptions {
  return {
    document,
    settled: async () => void log.push('settled'),
    sleep: async (ms) => void log.push(`sleep ${ms}`),
    pauseMs: 600,
    timeoutMs: 200,
    onStep: (done) => log.push(`step ${done}`),
    cancelled: () => false,
  };
}

describe('playing a story in the preview', () => {
  const NodeEvent = globalThis.Event;
  beforeAll(() => {
    Object.assign(globalThis, { HTMLSelectElement: FakeSelect, Event: class { constructor(readonly type: string) {} } });
  });
  afterAll(() => {
    delete (globalThis as Record<string, unknown>).HTMLSelectElement;
    globalThis.Event = NodeEvent;
  });

  it('chooses by label, presses the enabled button of the named row, and waits for the app and a pause after each step', async () => {
    const { document, status, clicks } = page();
    const log: string[] = [];
    await playStory(
      [
        { do: 'choose', label: 'Status', value: 'todo' },
        { do: 'press', item: 'Add conflict dialog', button: 'Mark done' },
      ],
      options(document, log),
    );
    expect(status.changes).toEqual(['change:todo']);
    expect(clicks).toEqual(['Mark done']);
    expect(log).toEqual(['settled', 'sleep 600', 'step 1', 'settled', 'sleep 600', 'step 2']);
  });

  it('waits for text to show, and fails naming what never showed', async () => {
    const { document, body } = page();
    const log: string[] = [];
    setTimeout(() => (body.textContent = 'Tasks Add conflict dialog'), 0);
    await playStory([{ do: 'wait-for', text: 'Add conflict dialog' }], { ...options(document, log), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms === 600 ? 0 : 1)) });
    expect(log).toEqual(['settled', 'step 1']);
    await expect(playStory([{ do: 'press', item: 'Write docs', button: 'Mark done' }], options(document, []))).rejects.toThrow(
      'Story step 1: no enabled "Mark done" button in the row "Write docs".',
    );
    await expect(playStory([{ do: 'choose', label: 'Status', value: 'done' }], options(document, []))).rejects.toThrow('no "Status" list with the option "done"');
  });
});
