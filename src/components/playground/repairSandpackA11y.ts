/**
 * Two accessibility defects of Sandpack 2.20's markup, repaired in place (the
 * version is pinned; re-check on upgrade, the accessibility test will tell):
 * - each file tab is a `div role="tab"` holding a `<button>` (nested interactive
 *   controls): the tab role and its state move onto the button;
 * - CodeMirror's scrollers are not focusable, so keyboard users cannot scroll
 *   them (axe's scrollable-region-focusable): each becomes a tab stop.
 */
export function repairSandpackA11y(root: HTMLElement) {
  for (const tab of root.querySelectorAll<HTMLElement>('.sp-tab-container[role="tab"]')) {
    const button = tab.querySelector('button');
    if (!button) continue;
    button.setAttribute('role', 'tab');
    for (const name of ['aria-selected', 'aria-controls']) {
      const value = tab.getAttribute(name);
      if (value !== null) button.setAttribute(name, value);
      tab.removeAttribute(name);
    }
    tab.setAttribute('role', 'presentation');
  }
  // CodeMirror gives its scroller tabindex="-1": reachable by script, not by keyboard.
  for (const scroller of root.querySelectorAll<HTMLElement>('.cm-scroller:not([tabindex="0"])')) scroller.tabIndex = 0;
}

/** Keeps repairing as Sandpack re-renders; returns the disconnect function. */
export function keepSandpackA11yRepaired(root: HTMLElement): () => void {
  repairSandpackA11y(root);
  const observer = new MutationObserver(() => repairSandpackA11y(root));
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['role', 'aria-selected', 'tabindex'] });
  return () => observer.disconnect();
}
