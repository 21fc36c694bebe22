/**
 * Starlight lets wide tables scroll sideways inside the page column. A region that
 * scrolls must be reachable by keyboard (WCAG 2.1.1, axe's scrollable-region-focusable):
 * each table that overflows becomes a tab stop, named by its first header row.
 */
function updateTables() {
  for (const table of document.querySelectorAll<HTMLTableElement>('.sl-markdown-content table')) {
    const scrolls = table.scrollWidth > table.clientWidth + 1;
    if (scrolls && !table.hasAttribute('tabindex')) {
      table.tabIndex = 0;
      const header = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim()).filter(Boolean).join(', ');
      table.setAttribute('aria-label', header ? `Table: ${header}` : 'Table');
    } else if (!scrolls && table.hasAttribute('tabindex')) {
      table.removeAttribute('tabindex');
      table.removeAttribute('aria-label');
    }
  }
}

updateTables();
new ResizeObserver(updateTables).observe(document.documentElement);
