import {
  SandpackCodeEditor,
  SandpackConsole,
  SandpackLayout,
  SandpackPreview,
  SandpackProvider,
  useSandpack,
  type SandpackFiles,
} from '@codesandbox/sandpack-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ExampleBundle } from './exampleFiles.ts';
import { clearSavedEdits, loadSavedEdits, saveEdits, type LoadResult } from './savedEdits.ts';
import { keepSandpackA11yRepaired } from './repairSandpackA11y.ts';
import { sandboxUrl } from './sandboxUrl.ts';
import { accessibleDark, accessibleLight } from './sandpackThemes.ts';
import { useStarlightTheme } from './useStarlightTheme.ts';
import { previewFrameOf, readMessage } from '../visualizer/channel.ts';
import Visualizer from '../visualizer/Visualizer.tsx';

export type PlaygroundStatus = 'loading' | 'ready' | 'error';

const SAVE_DELAY_MS = 300;
const EDITOR_MOUNT_FALLBACK_MS = 2000;

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
      bundlerURL: sandboxUrl(),
      activeFile: bundle.meta.activeFile,
      visibleFiles: bundle.meta.visibleFiles,
      initMode: 'immediate' as const,
      recompileMode: 'delayed' as const,
      recompileDelay: 200,
    }),
    [bundle],
  );
  const sandboxOrigin = new URL(options.bundlerURL).origin;
  const height = bundle.meta.height ?? 360;

  return (
    <SandpackProvider
      files={files}
      customSetup={customSetup}
      theme={theme === 'dark' ? accessibleDark : accessibleLight}
      options={options}
    >
      <PlaygroundToolbar bundle={bundle} notice={loaded.kind === 'dropped' ? loaded.notice : null} />
      <SandpackLayout>
        <DeferredEditor height={height} code={bundle.files[bundle.meta.activeFile]} sandboxOrigin={sandboxOrigin} />
        <SandpackPreview showOpenInCodeSandbox={false} showRefreshButton style={{ height }} />
      </SandpackLayout>
      <SandpackConsole className="playground__console" resetOnPreviewRestart />
      <Visualizer playgroundId={bundle.id} sandboxOrigin={sandboxOrigin} />
      <StatusReporter onStatus={onStatus} />
      <A11yRepair />
      <EditSaver bundle={bundle} />
    </SandpackProvider>
  );
}

/**
 * The code editor mounts once the preview has settled: its code ran, and what its first
 * requests brought is painted (the runtime's `settled` message). The preview's runtime
 * shares the page's main thread, and CodeMirror's mount is the slowest part of Sandpack's
 * start, so mounting it afterwards gets the reader a working preview sooner. Until then the
 * same code shows as plain text in the same box. The editor mounts at once when the code
 * fails (the reader will want to fix it) or when the reader clicks or tabs into the code,
 * and two seconds after the code ran at the latest.
 */
function DeferredEditor({ height, code, sandboxOrigin }: { height: number; code: string; sandboxOrigin: string }) {
  const { listen } = useSandpack();
  const placeholder = useRef<HTMLPreElement>(null);
  const playgroundRoot = useRef<Element | null>(null);
  const [mounted, setMounted] = useState<'no' | 'yes' | 'for-the-reader'>('no');
  useEffect(() => {
    if (mounted !== 'no') return;
    const mount = () => setMounted((current) => (current === 'no' ? 'yes' : current));
    playgroundRoot.current = placeholder.current?.closest('[data-playground]') ?? null;
    const onMessage = (event: MessageEvent) => {
      const inbound = readMessage(event, sandboxOrigin, previewFrameOf(playgroundRoot.current));
      if (inbound?.kind === 'sandbox' && inbound.message.type === 'settled') mount();
    };
    window.addEventListener('message', onMessage);
    let fallback: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = listen((message) => {
      const failed = (message.type === 'done' && message.compilatonError) || (message.type === 'action' && message.action === 'show-error');
      if (failed) mount();
      else if (message.type === 'done') fallback ??= setTimeout(mount, EDITOR_MOUNT_FALLBACK_MS);
    });
    return () => {
      window.removeEventListener('message', onMessage);
      unsubscribe();
      clearTimeout(fallback);
    };
  }, [listen, mounted, sandboxOrigin]);
  useEffect(() => {
    if (mounted === 'for-the-reader') playgroundRoot.current?.querySelector<HTMLElement>('.cm-content')?.focus();
  }, [mounted]);
  if (mounted !== 'no') return <SandpackCodeEditor showTabs showLineNumbers style={{ height }} />;
  const forTheReader = () => setMounted('for-the-reader');
  // The press's default action would move the focus to the page once this <pre> is gone.
  const onPointerDown = (event: React.PointerEvent) => {
    event.preventDefault();
    forTheReader();
  };
  return (
    <pre ref={placeholder} className="playground__editor-placeholder" style={{ height }} tabIndex={0} onPointerDown={onPointerDown} onFocus={forTheReader}>
      <code>{code}</code>
    </pre>
  );
}

function PlaygroundToolbar({ bundle, notice }: { bundle: ExampleBundle; notice: string | null }) {
  const { sandpack } = useSandpack();
  const [shownNotice, setShownNotice] = useState(notice);
  const reset = () => {
    sandpack.updateFile(bundle.files);
    clearSavedEdits(localStorage, bundle.id);
  };
  return (
    <div className="playground__toolbar">
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

function A11yRepair() {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const root = marker.current?.closest<HTMLElement>('[data-playground]');
    return root ? keepSandpackA11yRepaired(root) : undefined;
  }, []);
  return <span ref={marker} hidden />;
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
