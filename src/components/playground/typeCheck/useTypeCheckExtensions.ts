import { useSandpack } from '@codesandbox/sandpack-react';
import { Compartment, type Extension } from '@codemirror/state';
import { EditorView, ViewPlugin } from '@codemirror/view';
import { useMemo, useRef } from 'react';
import type { TypeCheckContext } from './editorTypeCheck.ts';

type EditorTypeCheck = typeof import('./editorTypeCheck.ts');

let loaded: Promise<EditorTypeCheck> | undefined;
/** TypeScript's worker and the lint/hover extensions: fetched once per page, on first need. */
function loadEditorTypeCheck(): Promise<EditorTypeCheck> {
  return (loaded ??= import('./client.ts').then((client) => {
    client.warmUpTypeChecker();
    return import('./editorTypeCheck.ts');
  }));
}

/**
 * The `extensions` for Sandpack's code editor that show TypeScript's errors and hover types.
 * Nothing of TypeScript loads until a reader points at the editor (the pointer entering it is
 * the intent to edit, a few hundred ms ahead of the click) or focuses it, or, with `checkOnMount` (an
 * example whose lesson is a type error), until the editor mounts: the extensions start as an
 * empty compartment that is filled once the checker's code has arrived.
 */
export function useTypeCheckExtensions(playground: string, checkOnMount: boolean): Extension[] {
  const { sandpack } = useSandpack();
  const latest = useRef(sandpack);
  latest.current = sandpack;
  return useMemo(() => {
    const context: TypeCheckContext = {
      playground,
      files: () => Object.fromEntries(Object.entries(latest.current.files).map(([path, file]) => [path, file.code])),
      activeFile: () => latest.current.activeFile,
    };
    const compartment = new Compartment();
    const started = new WeakSet<EditorView>();
    const start = (view: EditorView) => {
      if (started.has(view)) return;
      started.add(view);
      void loadEditorTypeCheck().then((module) => {
        // Sandpack makes a new view per open file; a closed one is left alone.
        if (!view.dom.isConnected) return;
        view.dispatch({ effects: compartment.reconfigure(module.typeCheckExtensions(context)) });
      });
    };
    const starter = ViewPlugin.define((view) => {
      if (checkOnMount || loaded) queueMicrotask(() => start(view));
      return {};
    });
    const onIntent = EditorView.domEventHandlers({
      focus: (_event, view) => {
        start(view);
        return false;
      },
      pointerenter: (_event, view) => {
        start(view);
        return false;
      },
    });
    return [compartment.of([]), starter, onIntent];
  }, [playground, checkOnMount]);
}
