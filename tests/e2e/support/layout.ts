import type { Locator, Page } from 'playwright-core';

/** The two widths the layout is checked at (issue 11): a laptop and a phone. */
export const WIDE = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };
export const THEMES = ['light', 'dark'] as const;

/** Starlight's theme, as its theme picker sets it: stored, and on <html>. */
export async function setTheme(page: Page, theme: (typeof THEMES)[number]) {
  await page.evaluate((t) => {
    localStorage.setItem('starlight-theme', t);
    document.documentElement.dataset.theme = t;
  }, theme);
}

/** What of the editor is cut: a line wider than the editor (it scrolls sideways), a file tab narrower than its name or outside the editor. */
export async function cutInEditor(root: Locator): Promise<string[]> {
  return root.evaluate((el) => {
    const cut: string[] = [];
    const scroller = el.querySelector<HTMLElement>('.cm-scroller');
    const content = el.querySelector<HTMLElement>('.cm-content');
    if (!scroller || !content) return ['the editor is not mounted'];
    if (scroller.scrollWidth > scroller.clientWidth + 1 && !content.classList.contains('cm-lineWrapping')) {
      cut.push(`lines are cut: the editor scrolls sideways (${scroller.scrollWidth} px of code in ${scroller.clientWidth} px)`);
    }
    const column = el.querySelector('.playground__editor-column')!.getBoundingClientRect();
    for (const tab of el.querySelectorAll<HTMLElement>('[data-file-tab]')) {
      const box = tab.getBoundingClientRect();
      if (tab.scrollWidth > tab.clientWidth + 1) cut.push(`tab ${tab.dataset.fileTab} is cut (${tab.scrollWidth} > ${tab.clientWidth})`);
      if (box.right > column.right + 1 || box.left < column.left - 1) cut.push(`tab ${tab.dataset.fileTab} lies outside the editor`);
    }
    return cut;
  });
}

