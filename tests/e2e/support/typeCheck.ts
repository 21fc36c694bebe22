import type { Page } from 'playwright-core';
import { playground } from './playground.ts';

/**
 * The viewport point at the middle of `word` on the editor line containing `line` (the first
 * `word` at or after where `line` starts on it).
 */
export async function pointAt(page: Page, id: string, line: string, word: string) {
  const point = await playground(page, id)
    .locator('.cm-line', { hasText: line })
    .first()
    .evaluate(
      (el, { line, word }) => {
        const text = el.textContent!;
        const from = text.indexOf(word, text.indexOf(line));
        const middle = from + Math.floor(word.length / 2);
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent!.length;
          if (seen + length > middle) {
            const range = document.createRange();
            range.setStart(node, middle - seen);
            range.setEnd(node, middle - seen + 1);
            // Lines don't wrap: bring the word into the editor's view, down and across.
            el.scrollIntoView({ block: 'center' });
            const scroller = el.closest('.cm-scroller')!;
            const view = scroller.getBoundingClientRect();
            const word = range.getBoundingClientRect();
            if (word.right > view.right - 40 || word.left < view.left + 60) scroller.scrollLeft += word.left - (view.left + view.width / 2);
            const rect = range.getBoundingClientRect();
            return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
          }
          seen += length;
        }
        return null;
      },
      { line, word },
    );
  if (!point) throw new Error(`No “${word}” on the line with “${line}”`);
  return point;
}

/** Moves the pointer over `word` on the line containing `line` and returns the text of the tooltip `selector`. */
export async function hoverText(page: Page, id: string, line: string, word: string, selector: string) {
  await page.mouse.move(0, 0);
  const { x, y } = await pointAt(page, id, line, word);
  await page.mouse.move(x, y);
  const tooltip = playground(page, id).locator(selector).first();
  await tooltip.waitFor({ timeout: 10_000 });
  return tooltip.innerText();
}

/** Double-clicks `word` on the line containing `line` (selecting it) and types `text` over it, as a reader would. */
export async function retypeWord(page: Page, id: string, line: string, word: string, text: string) {
  const { x, y } = await pointAt(page, id, line, word);
  await page.mouse.dblclick(x, y);
  await page.keyboard.type(text, { delay: 15 });
}
