import { forEachDiagnostic, linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import type { Extension } from '@codemirror/state';
import { EditorView, hoverTooltip } from '@codemirror/view';
import type { PlaygroundFiles } from './checker.ts';
import { typeAt, typeCheck } from './client.ts';

/** What the editor extensions read when they run: the playground's files and the open file. */
export interface TypeCheckContext {
  playground: string;
  files(): PlaygroundFiles;
  activeFile(): string;
}

/** Type-checks after this pause in typing: short enough to feel live, long enough to skip keystrokes. */
const LINT_DELAY_MS = 60;

function filesWith(context: TypeCheckContext, view: EditorView): { files: PlaygroundFiles; file: string } {
  const file = context.activeFile();
  return { files: { ...context.files(), [file]: view.state.doc.toString() }, file };
}

const theme = EditorView.baseTheme({
  '.cm-typeHover': { padding: '4px 8px', maxWidth: '60ch', maxHeight: '40vh', overflow: 'auto' },
  '.cm-typeHover code': { whiteSpace: 'pre-wrap', fontFamily: 'var(--sp-font-mono, monospace)', fontSize: '0.85em' },
  '.cm-typeHover p': { margin: '4px 0 0', fontSize: '0.85em' },
});

/**
 * TypeScript in the editor: errors as lint underlines (with TypeScript's message), a gutter
 * marker per line, and the type under the pointer as a hover tooltip. The checking runs in
 * the worker; this only asks and draws.
 */
export function typeCheckExtensions(context: TypeCheckContext): Extension[] {
  return [
    linter(
      async (view) => {
        const { files, file } = filesWith(context, view);
        const diagnostics = await typeCheck(context.playground, files, file);
        if (!diagnostics) {
          // A newer check is on its way: keep what shows until it lands.
          const shown: Diagnostic[] = [];
          forEachDiagnostic(view.state, (d, from, to) => shown.push({ ...d, from, to }));
          return shown;
        }
        // How many checks have landed in this editor: what tests and the bench wait for.
        view.dom.dataset.typeChecks = String(Number(view.dom.dataset.typeChecks ?? 0) + 1);
        const length = view.state.doc.length;
        return diagnostics.map((d) => ({
          from: Math.min(d.from, length),
          to: Math.min(d.to, length),
          severity: d.severity,
          message: d.message,
          source: 'TypeScript',
        }));
      },
      { delay: LINT_DELAY_MS },
    ),
    lintGutter(),
    hoverTooltip(async (view, position) => {
      const { files, file } = filesWith(context, view);
      const hover = await typeAt(context.playground, files, file, position);
      if (!hover) return null;
      return {
        pos: hover.from,
        end: hover.to,
        above: true,
        create: () => {
          const dom = document.createElement('div');
          dom.className = 'cm-typeHover';
          const type = dom.appendChild(document.createElement('code'));
          type.textContent = hover.type;
          if (hover.documentation) dom.appendChild(document.createElement('p')).textContent = hover.documentation;
          return { dom };
        },
      };
    }),
    theme,
  ];
}
