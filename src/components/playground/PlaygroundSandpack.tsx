import {
  SandpackCodeEditor,
  SandpackConsole,
  SandpackLayout,
  SandpackPreview,
  SandpackProvider,
  useSandpack,
  type SandpackFiles,
} from '@codesandbox/sandpack-react';
import type { Extension } from '@codemirror/state';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ExampleBundle } from './exampleFiles.ts';
import { clearSavedEdits, loadSavedEdits, saveEdits, type LoadResult } from './savedEdits.ts';
import { keepSandpackA11yRepaired } from './repairSandpackA11y.ts';
import { sandboxUrl } from './sandboxUrl.ts';
import { accessibleDark, accessibleLight } from './sandpackThemes.ts';
import { usePreviewSettled } from './usePreviewSettled.ts';
import { usePreviewTheme, withPreviewTheme } from './usePreviewTheme.ts';
import { useStarlightTheme } from './useStarlightTheme.ts';
import { useTypeCheckExtensions } from './typeCheck/useTypeCheckExtensions.ts';
import Visualizer from '../visualizer/Visualizer.tsx';
import { previewFrameOf } from '../visualizer/channel.ts';
import { pageMessage, type RestartMessage } from '../../../playground/protocol/messages.ts';

export type PlaygroundStatus = 'loading' | 'ready' | 'error';

const SAVE_DELAY_MS = 300;

function sandpackFiles(bundle: ExampleBundle, saved: Record<string, string>): SandpackFiles {
  const visible = new Set(bundle.meta.visibleFiles);
  return Object.fromEntries(
    Object.entries(bundle.files).map(([path, code]) => [path, { code: saved[path] ?? code, hidden: !visible.has(path) }]),
  );
}

/** Sandpack (editor, preview, console) wired to our own runtime, with saved edits and Reset. */
export default function PlaygroundSandpack({ bundle, onStatus }: { bundle: ExampleBundle; onStatus: (status: PlaygroundStatus) => void }) {
  const theme = useStarlightTheme();
  const [loaded] = useState<LoadResult>(() => loadSavedEdits(localStorage, bundle.id, bundle.version, bundle.files));
  const files = useMemo(() => sandpackFiles(bundle, loaded.kind === 'restored' ? loaded.files : {}), [bundle, loaded]);
  // Sandpack re-reads its files (dropping the reader's edits) whenever `files` or
  // `customSetup` change identity, so both are made once per example.
  const customSetup = useMemo(() => ({ entry: bundle.meta.entry }), [bundle]);
  const options = useMemo(
    () => ({
      bundlerURL: withPreviewTheme(sandboxUrl()),
      activeFile: bundle.meta.activeFile,
      visibleFiles: bundle.meta.visibleFiles,
      initMode: 'immediate' as const,
      recompileMode: 'delayed' as const,
      recompileDelay: 200,
    }),
    [bundle],
  );
  const sandboxOrigin = new URL(options.bundlerURL).origin;

  return (
    <SandpackProvider
      files={files}
      customSetup={customSetup}
      theme={theme === 'dark' ? accessibleDark : accessibleLight}
      options={options}
    >
      <PlaygroundBody bundle={bundle} notice={loaded.kind === 'dropped' ? loaded.notice : null} sandboxOrigin={sandboxOrigin} onStatus={onStatus} />
    </SandpackProvider>
  );
}

/** The playground inside Sandpack's provider: toolbar, editor and preview, console, visualizer. */
function PlaygroundBody({
  bundle,
  notice,
  sandboxOrigin,
  onStatus,
}: {
  bundle: ExampleBundle;
  notice: string | null;
  sandboxOrigin: string;
  onStatus: (status: PlaygroundStatus) => void;
}) {
  // Any element inside the playground: what finds its root and its preview frame.
  const anchor = useRef<HTMLSpanElement>(null);
  const settled = usePreviewSettled(anchor, sandboxOrigin);
  usePreviewTheme(anchor, sandboxOrigin);
  const height = bundle.meta.height ?? 360;
  const typeCheck = useTypeCheckExtensions(bundle.id, Boolean(bundle.meta.typeExercise));
  return (
    <>
      <span ref={anchor} hidden />
      <PlaygroundToolbar bundle={bundle} notice={notice} sandboxOrigin={sandboxOrigin} />
      <SandpackLayout>
        <DeferredEditor height={height} code={bundle.files[bundle.meta.activeFile]} settled={settled} extensions={typeCheck} />
        <SandpackPreview showOpenInCodeSandbox={false} showRefreshButton style={{ height }} />
      </SandpackLayout>
      <SandpackConsole className="playground__console" resetOnPreviewRestart />
      <Visualizer playgroundId={bundle.id} sandboxOrigin={sandboxOrigin} startingUp={!settled} />
      <StatusReporter onStatus={onStatus} />
      <A11yRepair anchor={anchor} />
      <EditSaver bundle={bundle} />
    </>
  );
}

/**
 * The code editor mounts once the preview has settled (see usePreviewSettled): CodeMirror's
 * mount is the slowest part of Sandpack's start, and doing it afterwards gets the reader a
 * working preview sooner. Until then the same code shows as plain text in the same box. A
 * reader who clicks or tabs into the code before that gets the editor at once, focused.
 */
function DeferredEditor({ height, code, settled, extensions }: { height: number; code: string; settled: boolean; extensions: Extension[] }) {
  const placeholder = useRef<HTMLPreElement>(null);
  const playgroundRoot = useRef<Element | null>(null);
  const [reached, setReached] = useState(false);
  useEffect(() => {
    if (reached) playgroundRoot.current?.querySelector<HTMLElement>('.cm-content')?.focus();
  }, [reached]);
  if (settled || reached) return <SandpackCodeEditor showTabs showLineNumbers style={{ height }} extensions={extensions} />;
  const reach = () => {
    playgroundRoot.current = placeholder.current?.closest('[data-playground]') ?? null;
    setReached(true);
  };
  // The press's default action would move the focus to the page once this <pre> is gone.
  const onPointerDown = (event: React.PointerEvent) => {
    event.preventDefault();
    reach();
  };
  return (
    <pre ref={placeholder} className="playground__editor-placeholder" style={{ height }} tabIndex={0} onPointerDown={onPointerDown} onFocus={reach}>
      <code>{code}</code>
    </pre>
  );
}

function PlaygroundToolbar({ bundle, notice, sandboxOrigin }: { bundle: ExampleBundle; notice: string | null; sandboxOrigin: string }) {
  const { sandpack, dispatch } = useSandpack();
  const [shownNotice, setShownNotice] = useState(notice);
  const toolbar = useRef<HTMLDivElement>(null);
  // Reset starts the app over. Putting the files back would be a Fast Refresh (state kept) when
  // only components were edited, so the runtime is told to run the next compile from the start;
  // with nothing edited there is no compile, so Sandpack's refresh runs the code again.
  const reset = () => {
    const edited = Object.entries(bundle.files).some(([path, code]) => sandpack.files[path]?.code !== code);
    if (edited) {
      previewFrameOf(toolbar.current)?.postMessage(pageMessage<RestartMessage>({ type: 'restart' }), sandboxOrigin);
      sandpack.updateFile(bundle.files);
    } else {
      dispatch({ type: 'refresh' });
    }
    clearSavedEdits(localStorage, bundle.id);
  };
  return (
    <div className="playground__toolbar" ref={toolbar}>
      <span className="playground__title">{bundle.meta.title}</span>
      {shownNotice && (
        <p className="playground__notice" role="status" data-playground-notice>
          {shownNotice}
          <button type="button" onClick={() => setShownNotice(null)} aria-label="Dismiss notice">
            ×
          </button>
        </p>
      )}
      <button type="button" className="playground__reset" onClick={reset} data-playground-reset>
        Reset
      </button>
    </div>
  );
}

function A11yRepair({ anchor }: { anchor: React.RefObject<Element | null> }) {
  useEffect(() => {
    const root = anchor.current?.closest<HTMLElement>('[data-playground]');
    return root ? keepSandpackA11yRepaired(root) : undefined;
  }, [anchor]);
  return null;
}

/** Follows the runtime's messages: a compile starts (loading), ends (ready), or an error is shown. */
function StatusReporter({ onStatus }: { onStatus: (status: PlaygroundStatus) => void }) {
  const { listen } = useSandpack();
  useEffect(
    () =>
      listen((message) => {
        if (message.type === 'start') onStatus('loading');
        else if (message.type === 'done') onStatus(message.compilatonError ? 'error' : 'ready');
        else if (message.type === 'action' && message.action === 'show-error') onStatus('error');
      }),
    [listen, onStatus],
  );
  return null;
}

/** Saves the reader's edits a moment after they stop typing. */
function EditSaver({ bundle }: { bundle: ExampleBundle }) {
  const { sandpack } = useSandpack();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => {
      const current = Object.fromEntries(Object.entries(sandpack.files).map(([path, file]) => [path, file.code]));
      saveEdits(localStorage, bundle.id, bundle.version, bundle.files, current);
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [sandpack.files, bundle]);
  return null;
}
