import { useLayoutEffect, type RefObject } from 'react';
import { previewUrl } from '../../../playground/protocol/previewUrl.ts';
import { storageKey } from './savedEdits.ts';
import { configuredSandboxUrl, runtimeOrigin, sandboxUrl } from './sandboxUrl.ts';

/**
 * What Sandpack's client gives a preview frame it creates. The boot frame has the same from the
 * start: a changed `sandbox` only applies at the frame's next navigation, and it has none.
 */
export const PREVIEW_FRAME = {
  title: 'Sandpack Preview',
  sandbox: 'allow-forms allow-modals allow-popups allow-presentation allow-same-origin allow-scripts allow-downloads allow-pointer-lock',
  allow: 'accelerometer; camera; encrypted-media; geolocation; gyroscope; hid; microphone; midi; clipboard-read; clipboard-write; xr-spatial-tracking;',
  className: 'playground__preview-frame',
} as const;

/** `Element.moveBefore` (Chromium 133+): moves a node without unloading it, which an iframe otherwise does. */
export type MovableParent = Element & { moveBefore(node: Node, child: Node | null): void };
export const canMoveFrames = (parent: Element): parent is MovableParent => 'moveBefore' in parent;

const pageTheme = (): 'light' | 'dark' => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');

/** Whether the reader has saved edits of this example (then the frame waits for them: no flash of the original). */
function hasSavedEdits(exampleId: string): boolean {
  try {
    return localStorage.getItem(storageKey(exampleId)) !== null;
  } catch {
    return false;
  }
}

/**
 * The preview frame's address: the example, run at once unless the reader has edits of it, in
 * the page's theme. The page's Sandpack client is given the same address (PlaygroundSandpack), so
 * it recognises the frame as its own and adopts it (adoptRunningFrames.ts).
 */
export function bootPreviewUrl(exampleId: string, edited = hasSavedEdits(exampleId)): string {
  return previewUrl(sandboxUrl(), exampleId, !edited, pageTheme());
}

/**
 * The same, as a script in the server-rendered HTML, right after the frame: it points the frame
 * at the runtime while the page is still parsing, before any module has loaded. It carries
 * `previewUrl` and `runtimeOrigin` themselves (plain functions without imports), so the address
 * is built by the same code as `bootPreviewUrl`'s.
 */
function inlineStartScript(exampleId: string): string {
  const key = JSON.stringify(storageKey(exampleId));
  const id = JSON.stringify(exampleId);
  const configured = JSON.stringify(configuredSandboxUrl());
  return (
    `(function(){var frame=document.currentScript.previousElementSibling,edited=false;` +
    `try{edited=localStorage.getItem(${key})!==null}catch(error){}` +
    `frame.src=(${previewUrl})((${runtimeOrigin})(location,${configured}),${id},!edited,document.documentElement.dataset.theme==='dark'?'dark':'light')})()`
  ).replace(/</g, '\\u003c');
}

/**
 * A playground's preview frame as the page's HTML has it, before Sandpack loads: it starts the
 * runtime with the example at once (preview-first boot). Sandpack, once loaded, takes this
 * same frame over (PlaygroundPreview.tsx); it never makes a second one.
 *
 * A placeholder rendered in the browser (a compare view switching examples) gets no working
 * inline script: the layout effect points the frame instead.
 */
export function BootPreviewFrame({ exampleId, frame }: { exampleId: string; frame: RefObject<HTMLIFrameElement | null> }) {
  useLayoutEffect(() => {
    if (frame.current && !frame.current.getAttribute('src')) frame.current.src = bootPreviewUrl(exampleId);
  }, [exampleId, frame]);
  return (
    <>
      {/* Lazy: a page's playgrounds far below the fold don't start with the page, and don't slow the first one. */}
      <iframe ref={frame} {...PREVIEW_FRAME} loading="lazy" data-preview-example={exampleId} suppressHydrationWarning />
      <script dangerouslySetInnerHTML={{ __html: inlineStartScript(exampleId) }} suppressHydrationWarning />
    </>
  );
}
