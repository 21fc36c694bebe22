import { useSandpack } from '@codesandbox/sandpack-react';
import { useId, type KeyboardEvent, type ReactNode } from 'react';
import { modifiedFiles } from './savedEdits.ts';

/** The tab's text: the file's name, or its path where two visible files share a name. */
function labels(paths: readonly string[]): Map<string, string> {
  const base = (path: string) => path.slice(path.lastIndexOf('/') + 1);
  return new Map(paths.map((path) => [path, paths.filter((other) => base(other) === base(path)).length > 1 ? path.replace(/^\//, '') : base(path)]));
}

/**
 * The editor's file tabs (in place of Sandpack's, which cut long names and can't show state).
 * A file whose text differs from the example's has a dot, and is described as "modified".
 * Arrow keys move between tabs, as in any tablist. The editor (`children`) is the tab panel.
 */
export default function FileTabs({ original, onPick, children }: { original: Record<string, string>; onPick?: () => void; children: ReactNode }) {
  const { sandpack } = useSandpack();
  const idPrefix = useId();
  const panelId = `${idPrefix}-panel`;
  const tabId = (path: string) => `${idPrefix}-tab-${paths.indexOf(path)}`;
  const paths = sandpack.visibleFiles;
  const names = labels(paths);
  const current = Object.fromEntries(Object.entries(sandpack.files).map(([path, file]) => [path, file.code]));
  const modified = modifiedFiles(original, current);
  const pick = (path: string) => {
    sandpack.setActiveFile(path);
    onPick?.();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = paths[(paths.indexOf(sandpack.activeFile) + step + paths.length) % paths.length]!;
    pick(next);
    event.currentTarget.querySelector<HTMLElement>(`[data-file-tab="${CSS.escape(next)}"]`)?.focus();
  };
  return (
    <>
      <div className="playground__tabs" role="tablist" aria-label="Files" onKeyDown={onKeyDown}>
        {paths.map((path) => {
          const active = path === sandpack.activeFile;
          return (
            <button
              key={path}
              type="button"
              role="tab"
              id={tabId(path)}
              aria-selected={active}
              aria-controls={panelId}
              aria-describedby={modified.has(path) ? `${idPrefix}-modified` : undefined}
              tabIndex={active ? 0 : -1}
              onClick={() => pick(path)}
              data-file-tab={path}
              data-file-modified={modified.has(path) || undefined}
            >
              {names.get(path)}
              {modified.has(path) && <span className="playground__modified" aria-hidden="true" />}
            </button>
          );
        })}
      </div>
      <span id={`${idPrefix}-modified`} className="playground__sr-only">
        modified
      </span>
      <div className="playground__editor-panel" role="tabpanel" id={panelId} aria-labelledby={tabId(sandpack.activeFile)}>
        {children}
      </div>
    </>
  );
}
