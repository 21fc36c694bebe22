/**
 * Plays a scripted user story (`play-story`, playground/protocol/messages.ts) in the preview,
 * the way a person would: it finds controls by what they say on screen (a <select> by its
 * <label>, a button by its text inside a list item), not by test ids, so the reader's example
 * code carries no hooks for it. Between steps it waits for the app to settle (no event, no
 * request in flight: `settle.ts`) and then for a person's pause, so throttled work (RTK Query
 * syncs its subscriptions 500 ms after they change) lands in the step that caused it.
 */
import type { StoryStep } from '../protocol/messages.ts';

export interface StoryPlayerOptions {
  document: Document;
  /** Resolves once the app is quiet (see `watchSettle`). */
  settled: () => Promise<void>;
  /** Resolves after `ms` (a person's pause). */
  sleep: (ms: number) => Promise<void>;
  pauseMs: number;
  /** How long a step may wait for what it needs to show. */
  timeoutMs?: number;
  /** After each step: how many are done. */
  onStep: (done: number) => void;
  /** True once the run is replaced: the story stops. */
  cancelled: () => boolean;
}

const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

function findSelect(document: Document, label: string): HTMLSelectElement | null {
  for (const element of document.querySelectorAll('label')) {
    if (!text(element).startsWith(label)) continue;
    const select = element.control ?? element.querySelector('select');
    if (select instanceof HTMLSelectElement) return select;
  }
  return null;
}

function findButton(document: Document, item: string, name: string): HTMLButtonElement | null {
  for (const element of document.querySelectorAll('li')) {
    if (!text(element).startsWith(item)) continue;
    const button = [...element.querySelectorAll('button')].find((b) => text(b) === name && !b.disabled);
    if (button) return button;
  }
  return null;
}

/** What the step needs, once it shows; null until then. */
function target(document: Document, step: StoryStep): (() => void) | null {
  switch (step.do) {
    case 'wait-for':
      return document.body.textContent?.includes(step.text) ? () => {} : null;
    case 'choose': {
      const select = findSelect(document, step.label);
      if (!select || ![...select.options].some((option) => option.value === step.value)) return null;
      return () => {
        // React tracks the value it last rendered: set it through the prototype's setter, then
        // fire the `change` event a person's choice fires.
        Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, step.value);
        select.dispatchEvent(new Event('change', { bubbles: true }));
      };
    }
    case 'press': {
      const button = findButton(document, step.item, step.button);
      return button ? () => button.click() : null;
    }
  }
}

function describe(step: StoryStep): string {
  switch (step.do) {
    case 'wait-for':
      return `"${step.text}" never showed`;
    case 'choose':
      return `no "${step.label}" list with the option "${step.value}"`;
    case 'press':
      return `no enabled "${step.button}" button in the row "${step.item}"`;
  }
}

/** Plays `steps`; rejects with what was missing when a step's control never shows. */
export async function playStory(steps: readonly StoryStep[], options: StoryPlayerOptions): Promise<void> {
  const { document, settled, sleep, pauseMs, timeoutMs = 15_000, onStep, cancelled } = options;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    let act = target(document, step);
    for (let waited = 0; !act; waited += 50) {
      if (cancelled()) return;
      if (waited >= timeoutMs) throw new Error(`Story step ${i + 1}: ${describe(step)}.`);
      await sleep(50);
      act = target(document, step);
    }
    act();
    await settled();
    await sleep(pauseMs);
    if (cancelled()) return;
    onStep(i + 1);
  }
}
