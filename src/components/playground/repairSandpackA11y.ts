/**
 * An accessibility defect of Sandpack 2.20's markup, repaired in place (the version is
 * pinned; re-check on upgrade, the accessibility test will tell): CodeMirror's scrollers
 * are not focusable, so keyboard users cannot scroll them (axe's
 * scrollable-region-focusable): each becomes a tab stop. (Sandpack's file tabs, which
 * nested a button in a `role="tab"`, are replaced by FileTabs.tsx.)
 */
export function repairSandpackA11y(root: HTMLElement) {
  // CodeMirror gives its scroller tabindex="-1": reachable by script, not by keyboard.
  for (const scroller of root.querySelectorAll<HTMLElement>('.cm-scroller:not([tabindex="0"])')) scroller.tabIndex = 0;
}

/** Keeps repairing as Sandpack re-renders; returns the disconnect function. */
export function keepSandpackA11yRepaired(root: HTMLElement): () => void {
  repairSandpackA11y(root);
  const observer = new MutationObserver(() => repairSandpackA11y(root));
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['tabindex'] });
  return () => observer.disconnect();
}
