import { useEffect, useRef, useState, type ComponentType } from 'react';
import { withSharedFiles, type ExampleBundle } from './exampleFiles.ts';
import type { PlaygroundStatus } from './PlaygroundSandpack.tsx';
import { useVisualizerDock, type VisualizerDock } from './visualizerDock.ts';
import '../../styles/breakout.css';
import './playground.css';

type SandpackPlayground = ComponentType<{ bundle: ExampleBundle; onStatus: (status: PlaygroundStatus) => void; fixedDock?: VisualizerDock }>;

/** How near the viewport a playground is when Sandpack starts loading. */
const NEAR_VIEWPORT = '600px';

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
 * The <Playground> island. It renders the example's code as a static placeholder
 * of the final size (also what search engines and readers without JS get), and
 * swaps in Sandpack once the playground nears the viewport and Sandpack has loaded.
 *
 * The island hydrates at once (client:load), so this small module and React load
 * with the page; Sandpack, the heavy part, waits for the viewport. Hydrating on
 * visibility instead would start that whole chain of downloads only after the
 * page's first layout.
 *
 * Not React.lazy + Suspense: React holds back content that replaces a Suspense
 * fallback for up to 300 ms, which would delay every playground's first paint.
 */
export default function PlaygroundIsland({ bundle, fixedDock }: { bundle: ExampleBundle; /** Where the visualizer must sit, whatever the reader chose. */ fixedDock?: VisualizerDock }) {
  const root = useRef<HTMLElement>(null);
  const [loaded, setLoaded] = useState<{ component: SandpackPlayground; bundle: ExampleBundle } | null>(null);
  const [status, setStatus] = useState<PlaygroundStatus>('loading');
  useEffect(() => {
    let live = true;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        void loadPlayground(bundle).then((playground) => live && setLoaded(playground));
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    observer.observe(root.current!);
    return () => {
      live = false;
      observer.disconnect();
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
        <loaded.component bundle={loaded.bundle} onStatus={setStatus} fixedDock={fixedDock} />
      ) : (
        <div className="playground__placeholder" aria-busy="true">
          <div className="playground__toolbar">
            <span className="playground__title">{bundle.meta.title}</span>
          </div>
          <pre>
            <code>{bundle.files[bundle.meta.activeFile]}</code>
          </pre>
          <p className="playground__loading">Loading playground…</p>
        </div>
      )}
    </section>
  );
}
