/**
 * Markdown task lists (`- [ ] do this`, used by the migration checklists) render
 * checkboxes with no label: a screen reader says "checkbox, not checked" and
 * nothing else. Each gets its item's text as its name. (Astro 7's default markdown
 * processor takes no rehype plugins, so this runs in the page.)
 */
for (const box of document.querySelectorAll<HTMLInputElement>('.sl-markdown-content li.task-list-item > input[type="checkbox"]')) {
  if (!box.hasAttribute('aria-label')) box.setAttribute('aria-label', box.parentElement?.textContent?.trim() ?? 'Task');
}
