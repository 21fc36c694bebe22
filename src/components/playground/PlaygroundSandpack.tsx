import {
  SandpackCodeEditor,
  SandpackLayout,
  SandpackProvider,
  useSandpack,
  type SandpackFiles,
} from '@codesandbox/sandpack-react';
import type { Extension } from '@codemirror/state';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ExampleBundle } from './exampleFiles.ts';
import FileTabs from './FileTabs.tsx';
import PlaygroundConsole from './PlaygroundConsole.tsx';
import { summarize, TestsPanel, useTestRuns } from './PlaygroundTests.tsx';
import { clearSavedEdits, loadSavedEdits, saveEdits, type LoadResult } from './savedEdits.ts';
import SplitHandle from './SplitHandle.tsx';
import { useMaximize } from './useMaximize.ts';
import { setDock, useVisualizerDock, type VisualizerDock } from './visualizerDock.ts';
import { keepSandpackA11yRepaired } from './repairSandpackA11y.ts';
import { accessibleDark, accessibleLight } from './sandpackThemes.ts';
import { usePreviewSettled } from './usePreviewSettled.ts';
import { usePreviewTheme } from './usePreviewTheme.ts';
import { bootPreviewUrl } from './BootPreviewFrame.tsx';
import PlaygroundPreview from './PlaygroundPreview.tsx';
import { useStarlightTheme } from './useStarlightTheme.ts';
import { useTypeCheckExtensions } from './typeCheck/useTypeCheckExtensions.ts';
import Visualizer from '../visualizer/Visualizer.tsx';
import { pageMessage, type ClearStorageMessage, type RestartMessage } from '../../../playground/protocol/messages.ts';

export type PlaygroundStatus = 'loading' | 'ready' | 'error';

const SAVE_DELAY_MS = 300;

function sandpackFiles(bundle: ExampleBundle, saved: Record<string, string>): SandpackFiles {
  const visible = new Set(bundle.meta.visibleFiles);
  return Object.fromEntries(
    Object.entries(bundle.files).map(([path, code]) => [path, { code: saved[path] ?? code, hidden: !visible.has(path) }]),
  );
}

/** Sandpack (editor, preview, console) wired to our own runtime, with saved edits and Reset. */
export default function PlaygroundSandpack({
  bundle,
  onStatus,
  fixedDock,
  bootFrame,
  codeReached = false,
}: {
  bundle: ExampleBundle;
  onStatus: (status: PlaygroundStatus) => void;
  fixedDock?: VisualizerDock;
  /** The preview frame the page started before Sandpack loaded (BootPreviewFrame), to adopt. */
  bootFrame: HTMLIFrameElement | null;
  /** The reader clicked or tabbed into the code before Sandpack loaded: the editor mounts at once. */
  codeReached?: boolean;
}) {
  const theme = useStarlightTheme();
  const [loaded] = useState<LoadResult>(() => loadSavedEdits(localStorage, bundle.id, bundle.version, bundle.files));
  const files = useMemo(() => sandpackFiles(bundle, loaded.kind === 'restored' ? loaded.files : {}), [bundle, loaded]);
  // Sandpack re-reads its files (dropping the reader's edits) whenever `files` or
  // `customSetup` change identity, so both are made once per example.
  const customSetup = useMemo(() => ({ entry: bundle.meta.entry }), [bundle]);
  const options = useMemo(
    () => ({
      // The boot frame's own address (the same document), so the client adopts it instead of reloading it.
      bundlerURL: bootPreviewUrl(bundle.id, loaded.kind === 'restored'),
      activeFile: bundle.meta.activeFile,
      visibleFiles: bundle.meta.visibleFiles,
      initMode: 'immediate' as const,
      recompileMode: 'delayed' as const,
      recompileDelay: 200,
    }),
    [bundle, loaded],
  );
  const sandboxOrigin = new URL(options.bundlerURL).origin;

  return (
    <SandpackProvider
      files={files}
      customSetup={customSetup}
      theme={theme === 'dark' ? accessibleDark : accessibleLight}
      options={options}
    >
      <PlaygroundBody
        bundle={bundle}
        loaded={loaded}
        sandboxOrigin={sandboxOrigin}
        testsUrl={new URL('tests.html', options.bundlerURL).href}
        onStatus={onStatus}
        fixedDock={fixedDock}
        bootFrame={bootFrame}
        codeReached={codeReached}
      />
    </SandpackProvider>
  );
}

/**
 * The playground inside Sandpack's provider: toolbar; the editor and the preview (with its
 * console) split by a handle; the visualizer below them or beside them (the reader's choice,
 * shared by every playground). The heights come from playground.css, as the placeholder's do.
 */
function PlaygroundBody({
  bundle,
  loaded,
  sandboxOrigin,
  testsUrl,
  onStatus,
  fixedDock,
  bootFrame,
  codeReached,
}: {
  bundle: ExampleBundle;
  loaded: LoadResult;
  sandboxOrigin: string;
  testsUrl: string;
  onStatus: (status: PlaygroundStatus) => void;
  fixedDock?: VisualizerDock;
  bootFrame: HTMLIFrameElement | null;
  codeReached: boolean;
}) {
  // Any element inside the playground: what finds its root and its preview frame.
  const anchor = useRef<HTMLSpanElement>(null);
  const maximizeButton = useRef<HTMLButtonElement>(null);
  const settled = usePreviewSettled(anchor, sandboxOrigin);
  usePreviewTheme(anchor, sandboxOrigin);
  const typeCheck = useTypeCheckExtensions(bundle.id, Boolean(bundle.meta.typeExercise));
  const [maximized, setMaximized] = useMaximize(anchor, maximizeButton);
  const chosenDock = useVisualizerDock();
  const dock = fixedDock ?? chosenDock;
  const [split, setSplit] = useState(50);
  const editorId = useId();
  return (
    <>
      <span ref={anchor} hidden />
      <PlaygroundToolbar
        bundle={bundle}
        maximized={maximized}
        onMaximize={setMaximized}
        maximizeButton={maximizeButton}
        dock={fixedDock ? null : dock}
      />
      <div className="playground__workspace" style={{ '--playground-split': `${split}%` } as React.CSSProperties}>
        <SandpackLayout>
          <div className="playground__editor-column" id={editorId}>
            <LoadNotice bundle={bundle} loaded={loaded} />
            <DeferredEditor bundle={bundle} settled={settled} extensions={typeCheck} codeReached={codeReached} anchor={anchor} />
          </div>
          <SplitHandle value={split} onChange={setSplit} controls={editorId} />
          {bundle.meta.tests ? (
            <PreviewWithTests testsUrl={testsUrl} bootFrame={bootFrame} />
          ) : (
            <div className="playground__preview-column">
              <PlaygroundPreview bootFrame={bootFrame} />
              <PlaygroundConsole />
            </div>
          )}
        </SandpackLayout>
        <Visualizer playgroundId={bundle.id} sandboxOrigin={sandboxOrigin} startingUp={!settled} compact={dock === 'beside'} />
      </div>
      <StatusReporter onStatus={onStatus} />
      <A11yRepair anchor={anchor} />
      <EditSaver bundle={bundle} />
    </>
  );
}

/**
 * For an example whose meta asks for tests: the preview and a Tests tab. The tests run after
 * every edit whichever tab shows, so the tab's name tells the count while the preview is up.
 */
function PreviewWithTests({ testsUrl, bootFrame }: { testsUrl: string; bootFrame: HTMLIFrameElement | null }) {
  const [tab, setTab] = useState<'preview' | 'tests'>('preview');
  const [state, frame] = useTestRuns(testsUrl);
  const { passed, failed } = summarize(state.results);
  const id = useId();
  const tabs = [
    { key: 'preview' as const, label: 'Preview' },
    { key: 'tests' as const, label: state.results ? `Tests ${failed > 0 ? `✗ ${failed}` : `✓ ${passed}`}` : 'Tests' },
  ];
  return (
    <div className={`playground__preview-column playground__preview-column--${tab}`}>
      <div role="tablist" aria-label="Preview or tests" className="playground__preview-tabs">
        {tabs.map(({ key, label }) => (
          <button
            key={key}
            type="button"
            role="tab"
            id={`${id}-${key}`}
            aria-selected={tab === key}
            aria-controls={key === 'tests' ? `${id}-tests-panel` : undefined}
            onClick={() => setTab(key)}
            data-playground-tab={key}
            data-tests-outcome={key === 'tests' && state.results && !state.running ? (failed > 0 ? 'fail' : 'pass') : undefined}
          >
            {label}
          </button>
        ))}
      </div>
      <PlaygroundPreview bootFrame={bootFrame} />
      <PlaygroundConsole />
      <TestsPanel state={state} hidden={tab !== 'tests'} id={`${id}-tests-panel`} labelledBy={`${id}-tests`} />
      {frame}
    </div>
  );
}

/**
 * The code editor mounts once the preview has settled (see usePreviewSettled): CodeMirror's
 * mount is the slowest part of Sandpack's start, and doing it afterwards gets the reader a
 * working preview sooner. Until then the same code shows as plain text in the same box. A
 * reader who clicks or tabs into the code before that gets the editor at once, focused.
 */
function DeferredEditor({
  bundle,
  settled,
  extensions,
  codeReached,
  anchor,
}: {
  bundle: ExampleBundle;
  settled: boolean;
  extensions: Extension[];
  /** The reader reached for the code before Sandpack had loaded (the island's placeholder). */
  codeReached: boolean;
  anchor: React.RefObject<Element | null>;
}) {
  const placeholder = useRef<HTMLPreElement>(null);
  const playgroundRoot = useRef<Element | null>(null);
  const [reached, setReached] = useState(codeReached);
  useLayoutEffect(() => {
    playgroundRoot.current ??= anchor.current?.closest('[data-playground]') ?? null;
  }, [anchor]);
  useEffect(() => {
    if (reached) playgroundRoot.current?.querySelector<HTMLElement>('.cm-content')?.focus();
  }, [reached]);
  const reach = () => {
    playgroundRoot.current = placeholder.current?.closest('[data-playground]') ?? null;
    setReached(true);
  };
  // The press's default action would move the focus to the page once this <pre> is gone.
  const onPointerDown = (event: React.PointerEvent) => {
    event.preventDefault();
    reach();
  };
  const mounted = settled || reached;
  return (
    <FileTabs original={bundle.files} onPick={mounted ? undefined : () => setReached(true)}>
      {mounted ? (
        // Long lines wrap: the reader sees all of each line, whatever the width of the column.
        <SandpackCodeEditor showTabs={false} showLineNumbers wrapContent extensions={extensions} />
      ) : (
        <pre ref={placeholder} className="playground__editor-placeholder" tabIndex={0} onPointerDown={onPointerDown} onFocus={reach}>
          <code>{bundle.files[bundle.meta.activeFile]}</code>
        </pre>
      )}
    </FileTabs>
  );
}

function PlaygroundToolbar({
  bundle,
  maximized,
  onMaximize,
  maximizeButton,
  dock,
}: {
  bundle: ExampleBundle;
  maximized: boolean;
  onMaximize: (on: boolean) => void;
  maximizeButton: React.RefObject<HTMLButtonElement | null>;
  /** The dock choice to offer; null where the playground's place fixes it. */
  dock: VisualizerDock | null;
}) {
  const reset = useReset(bundle);
  const clearStorage = useClearStorage();
  return (
    <div className="playground__toolbar">
      <span className="playground__title">{bundle.meta.title}</span>
      {bundle.meta.clearStorage && (
        <button
          type="button"
          onClick={clearStorage}
          title="Empty this example's localStorage, sessionStorage and IndexedDB, and run it again as on a first visit"
          data-playground-clear-storage
        >
          Clear storage
        </button>
      )}
      {dock && (
        <button
          type="button"
          className="playground__dock"
          aria-pressed={dock === 'beside'}
          onClick={() => setDock(dock === 'beside' ? 'below' : 'beside')}
          title="Show the visualizer beside the preview, or below it (every playground follows)"
          data-playground-dock={dock}
        >
          Visualizer beside
        </button>
      )}
      <button
        ref={maximizeButton}
        type="button"
        aria-pressed={maximized}
        onClick={() => onMaximize(!maximized)}
        title={maximized ? 'Back into the page (Esc)' : 'Give the playground the whole window'}
        data-playground-maximize
      >
        {maximized ? 'Restore' : 'Maximize'}
      </button>
      <button type="button" className="playground__reset" onClick={reset} data-playground-reset>
        Reset
      </button>
    </div>
  );
}

/** Tells the preview to empty the example's storage and run the code again (the runtime does both). */
function useClearStorage() {
  const { sandpack } = useSandpack();
  return () => {
    for (const client of Object.values(sandpack.clients)) {
      const frame = client.iframe;
      frame.contentWindow?.postMessage(pageMessage<ClearStorageMessage>({ type: 'clear-storage' }), new URL(frame.src).origin);
    }
  };
}

/** Puts the example's files back and forgets the saved edits. */
/**
 * Reset starts the app over. Putting the files back would be a Fast Refresh (state kept) when
 * only components were edited, so the runtime is first told to run the next compile from the
 * start; with nothing edited there is no compile, so Sandpack's refresh runs the code again.
 */
function useReset(bundle: ExampleBundle) {
  const { sandpack, dispatch } = useSandpack();
  return () => {
    const edited = Object.entries(bundle.files).some(([path, code]) => sandpack.files[path]?.code !== code);
    if (edited) {
      for (const client of Object.values(sandpack.clients)) {
        const frame = client.iframe;
        frame.contentWindow?.postMessage(pageMessage<RestartMessage>({ type: 'restart' }), new URL(frame.src).origin);
      }
      sandpack.updateFile(bundle.files);
    } else {
      dispatch({ type: 'refresh' });
    }
    clearSavedEdits(localStorage, bundle.id);
  };
}

function savedTime(savedAt: number): string {
  const then = new Date(savedAt);
  const today = then.toDateString() === new Date().toDateString();
  return new Intl.DateTimeFormat(undefined, today ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(then);
}

/**
 * Above the editor: the reader's restored edits, with the way back to the original; or why saved
 * edits were set aside. Restored edits are named even without a time (saves from before it was kept).
 */
function LoadNotice({ bundle, loaded }: { bundle: ExampleBundle; loaded: LoadResult }) {
  const reset = useReset(bundle);
  const { sandpack } = useSandpack();
  const [shown, setShown] = useState(loaded.kind !== 'none');
  if (!shown) return null;
  if (loaded.kind === 'restored') {
    // Gone once no edit is left (the toolbar's Reset, or the reader undoing them).
    const edited = Object.entries(sandpack.files).some(([path, file]) => path in bundle.files && bundle.files[path] !== file.code);
    if (!edited) return null;
    return (
      <p className="playground__notice" role="status" data-playground-restored={loaded.savedAt ?? ''}>
        <span>
          Your edits
          {loaded.savedAt !== null && (
            <>
              {' '}from <time dateTime={new Date(loaded.savedAt).toISOString()}>{savedTime(loaded.savedAt)}</time>
            </>
          )}{' '}
          —{' '}
        </span>
        <button
          type="button"
          onClick={() => {
            reset();
            setShown(false);
          }}
          data-playground-restored-reset
        >
          Reset to the original
        </button>
      </p>
    );
  }
  if (loaded.kind !== 'dropped') return null;
  return (
    <p className="playground__notice" role="status" data-playground-notice>
      {loaded.notice}
      <button type="button" onClick={() => setShown(false)} aria-label="Dismiss notice">
        ×
      </button>
    </p>
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
