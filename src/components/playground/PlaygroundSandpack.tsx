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
        <DeferredEditor height={height} code={bundle.files[bundle.meta.activeFile]} />
        <SandpackPreview showOpenInCodeSandbox={false} showRefreshButton style={{ height }} />
      </SandpackLayout>
      <SandpackConsole className="playground__console" resetOnPreviewRestart />
      <Visualizer playgroundId={bundle.id} sandboxOrigin={new URL(options.bundlerURL).origin} />
      <StatusReporter onStatus={onStatus} />
      <A11yRepair />
      <EditSaver bundle={bundle} />
    </SandpackProvider>
  );
}

/**
 * The editor mounts once the preview has run (or after two seconds at most). The
 * preview's runtime shares the page's main thread, and CodeMirror's mount is the
 * slowest part of Sandpack's start: doing it after the first run gets the reader
 * a working preview sooner. Until then the same code shows as plain text in the
 * same box.
 */
function DeferredEditor({ height, code }: { height: number; code: string }) {
  const { listen } = useSandpack();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    const fallback = setTimeout(() => setReady(true), EDITOR_MOUNT_FALLBACK_MS);
    const unsubscribe = listen((message) => {
      if (message.type === 'done') setReady(true);
    });
    return () => {
      clearTimeout(fallback);
      unsubscribe();
    };
  }, [listen, ready]);
  if (ready) return <SandpackCodeEditor showTabs showLineNumbers style={{ height }} />;
  return (
    <pre className="playground__editor-placeholder" style={{ height }}>
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
