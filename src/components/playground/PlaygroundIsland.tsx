import { useEffect, useRef, useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { BootPreviewFrame, canMoveFrames } from './BootPreviewFrame.tsx';
import { sandboxUrl } from './sandboxUrl.ts';
import { withSharedFiles, type ExampleBundle } from './exampleFiles.ts';
import type { PlaygroundStatus } from './PlaygroundSandpack.tsx';
import { useVisualizerDock, type VisualizerDock } from './visualizerDock.ts';
import '../../styles/breakout.css';
import './playground.css';

type SandpackPlayground = ComponentType<{
  bundle: ExampleBundle;
  onStatus: (status: PlaygroundStatus) => void;
  fixedDock?: VisualizerDock;
  bootFrame: HTMLIFrameElement | null;
  codeReached: boolean;
}>;
type Loaded = { component: SandpackPlayground; bundle: ExampleBundle; bootFrame: HTMLIFrameElement | null; codeReached: boolean };

/** How near the viewport a playground is when Sandpack starts loading. */
const NEAR_VIEWPORT = '600px';
/** The longest Sandpack waits, once the playground is near, for the preview to start first (a frame that never says so). */
const PREVIEW_FIRST_MS = 3_000;

/**
 * `started` resolves once the playground's preview frame says `initialized`: a frame running
 * its example as shipped says so once the app is on screen (playground/runtime/main.ts).
 * Sandpack loads after that, so the preview's start does not share the thread and the network
 * with Sandpack's. It also resolves when the reader reaches for the code, and PREVIEW_FIRST_MS
 * after `near()` (a lazy frame far below starts loading only as the reader scrolls to it).
 */
function previewStarted(root: HTMLElement, frame: HTMLIFrameElement | null): { started: Promise<void>; near: () => void; stop: () => void } {
  let stop = () => {};
  let near = () => {};
  const started = new Promise<void>((resolve) => {
    const origin = new URL(sandboxUrl()).origin;
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { codesandbox?: unknown; type?: unknown } | null;
      if (event.origin === origin && event.source === frame?.contentWindow && data?.codesandbox === true && data.type === 'initialized') done();
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    near = () => {
      timer ??= setTimeout(() => done(), frame ? PREVIEW_FIRST_MS : 0);
    };
    stop = () => {
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      root.removeEventListener('pointerdown', done);
      root.removeEventListener('focusin', done);
    };
    function done() {
      stop();
      resolve();
    }
    window.addEventListener('message', onMessage);
    root.addEventListener('pointerdown', done);
    root.addEventListener('focusin', done);
  });
  return { started, near: () => near(), stop: () => stop() };
}

/** Sandpack, and the client it creates for the preview, fetched together (once per page). */
let sandpack: Promise<SandpackPlayground> | undefined;
function loadSandpack(): Promise<SandpackPlayground> {
  void import('@codesandbox/sandpack-client/clients/runtime');
  return (sandpack ??= import('./PlaygroundSandpack.tsx').then((module) => module.default));
}

/** The mock backend's files, which the page's HTML leaves out (see `islandBundle`), once per page. */
let mockSources: Promise<Record<string, string>> | undefined;
function loadMockSources(): Promise<Record<string, string>> {
  return (mockSources ??= import('./mockSources.ts').then((module) => module.mockSources));
}

/** Sandpack and the example's whole bundle, loaded in parallel. */
async function loadPlayground(bundle: ExampleBundle): Promise<{ component: SandpackPlayground; bundle: ExampleBundle }> {
  const [component, sources] = await Promise.all([loadSandpack(), bundle.sharedFiles ? loadMockSources() : undefined]);
  return { component, bundle: sources ? withSharedFiles(bundle, sources) : bundle };
}

/**
 * Takes the running preview frame out of the placeholder, which React is about to remove (that
 * would unload it), into the playground's root, from where the preview moves it into its place
 * in the same commit. Null when the browser can't move a frame without reloading it.
 */
function keepBootFrame(root: HTMLElement | null, frame: HTMLIFrameElement | null): HTMLIFrameElement | null {
  if (!root || !frame?.isConnected || !canMoveFrames(root)) return null;
  root.moveBefore(frame, null);
  return frame;
}

/**
 * The <Playground> island. It renders the example's code as a static placeholder
 * of the final size (also what search engines and readers without JS get) beside the
 * preview frame, which the page's HTML starts at once (preview-first boot, see
 * BootPreviewFrame.tsx), and swaps in Sandpack around that same frame once the
 * playground nears the viewport and Sandpack has loaded.
 *
 * The island hydrates at once (client:load), so this small module and React load
 * with the page; Sandpack, the heavy part, waits for the viewport and for the preview
 * to have started (previewStarted). Hydrating on visibility instead would start that
 * whole chain of downloads only after the page's first layout.
 *
 * Not React.lazy + Suspense: React holds back content that replaces a Suspense
 * fallback for up to 300 ms, which would delay every playground's first paint.
 */
export default function PlaygroundIsland({ bundle, fixedDock }: { bundle: ExampleBundle; /** Where the visualizer must sit, whatever the reader chose. */ fixedDock?: VisualizerDock }) {
  const root = useRef<HTMLElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  // The reader clicked or tabbed into the placeholder's code: Sandpack loads at once (previewStarted)
  // and mounts the editor at once, focused.
  const codeReached = useRef(false);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [status, setStatus] = useState<PlaygroundStatus>('loading');
  useEffect(() => {
    let live = true;
    // Listening from the start: the frame may say `initialized` before the playground nears the viewport.
    const preview = previewStarted(root.current!, frame.current);
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        preview.near();
        void preview.started.then(() => loadPlayground(bundle)).then((playground) => {
          if (!live) return;
          const bootFrame = keepBootFrame(root.current, frame.current);
          // In one go: the frame must not be painted (or left) outside the playground in between.
          flushSync(() => setLoaded({ ...playground, bootFrame, codeReached: codeReached.current }));
        });
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    observer.observe(root.current!);
    return () => {
      live = false;
      observer.disconnect();
      preview.stop();
    };
  }, []);
  const height = bundle.meta.height ?? 360;
  const chosenDock = useVisualizerDock();
  const dock = fixedDock ?? chosenDock;
  return (
    <section
      ref={root}
      // A breakout: wider than the prose, over the table of contents' column (src/styles/breakout.css).
      className={`not-content breakout playground playground--${bundle.meta.layout ?? 'side-by-side'} playground--dock-${dock}`}
      style={{ '--playground-height': `${height}px` } as React.CSSProperties}
      data-playground={bundle.id}
      data-playground-status={status}
      data-visualizer-dock={dock}
      aria-label={`Playground: ${bundle.meta.title}`}
    >
      {loaded ? (
        <loaded.component
          bundle={loaded.bundle}
          onStatus={setStatus}
          fixedDock={fixedDock}
          bootFrame={loaded.bootFrame}
          codeReached={loaded.codeReached}
        />
      ) : (
        <div className="playground__placeholder" aria-busy="true">
          <div className="playground__toolbar">
            <span className="playground__title">{bundle.meta.title}</span>
          </div>
          <div className="playground__placeholder-row">
            <pre tabIndex={0} onPointerDown={() => (codeReached.current = true)} onFocus={() => (codeReached.current = true)}>
              <code>{bundle.files[bundle.meta.activeFile]}</code>
            </pre>
            <div className="playground__placeholder-preview">
              <BootPreviewFrame exampleId={bundle.id} frame={frame} />
            </div>
          </div>
          <p className="playground__loading">Loading the editor and the visualizer…</p>
        </div>
      )}
    </section>
  );
}
