import { useEffect, useRef, useState, type ComponentType } from 'react';
import type { ExampleBundle } from './exampleFiles.ts';
import type { PlaygroundStatus } from './PlaygroundSandpack.tsx';
import './playground.css';

type SandpackPlayground = ComponentType<{ bundle: ExampleBundle; onStatus: (status: PlaygroundStatus) => void }>;

/** How near the viewport a playground is when Sandpack starts loading. */
const NEAR_VIEWPORT = '600px';

/** Sandpack, and the client it creates for the preview, fetched together (once per page). */
let sandpack: Promise<SandpackPlayground> | undefined;
function loadSandpack(): Promise<SandpackPlayground> {
  void import('@codesandbox/sandpack-client/clients/runtime');
  return (sandpack ??= import('./PlaygroundSandpack.tsx').then((module) => module.default));
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
export default function PlaygroundIsland({ bundle }: { bundle: ExampleBundle }) {
  const root = useRef<HTMLElement>(null);
  const [Sandpack, setSandpack] = useState<SandpackPlayground | null>(null);
  const [status, setStatus] = useState<PlaygroundStatus>('loading');
  useEffect(() => {
    let live = true;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        void loadSandpack().then((component) => live && setSandpack(() => component));
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
  return (
    <section
      ref={root}
      className={`not-content playground playground--${bundle.meta.layout ?? 'side-by-side'}`}
      data-playground={bundle.id}
      data-playground-status={status}
      aria-label={`Playground: ${bundle.meta.title}`}
    >
      {Sandpack ? (
        <Sandpack bundle={bundle} onStatus={setStatus} />
      ) : (
        <div className="playground__placeholder" style={{ '--playground-height': `${height}px` } as React.CSSProperties} aria-busy="true">
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
