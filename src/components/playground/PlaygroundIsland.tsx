import { lazy, Suspense, useEffect, useState } from 'react';
import type { ExampleBundle } from './exampleFiles.ts';
import type { PlaygroundStatus } from './PlaygroundSandpack.tsx';
import './playground.css';

const PlaygroundSandpack = lazy(() => import('./PlaygroundSandpack.tsx'));

/**
 * The <Playground> island. It renders the example's code as a static placeholder
 * of the final size (also what search engines and readers without JS get), and
 * swaps in Sandpack once it is hydrated, which happens as it nears the viewport.
 */
export default function PlaygroundIsland({ bundle }: { bundle: ExampleBundle }) {
  const [hydrated, setHydrated] = useState(false);
  const [status, setStatus] = useState<PlaygroundStatus>('loading');
  useEffect(() => setHydrated(true), []);
  const height = bundle.meta.height ?? 360;
  const placeholder = (
    <div className="playground__placeholder" style={{ '--playground-height': `${height}px` } as React.CSSProperties} aria-busy="true">
      <div className="playground__toolbar">
        <span className="playground__title">{bundle.meta.title}</span>
      </div>
      <pre>
        <code>{bundle.files[bundle.meta.activeFile]}</code>
      </pre>
      <p className="playground__loading">Loading playground…</p>
    </div>
  );
  return (
    <section
      className={`not-content playground playground--${bundle.meta.layout ?? 'side-by-side'}`}
      data-playground={bundle.id}
      data-playground-status={status}
      aria-label={`Playground: ${bundle.meta.title}`}
    >
      {hydrated ? (
        <Suspense fallback={placeholder}>
          <PlaygroundSandpack bundle={bundle} onStatus={setStatus} />
        </Suspense>
      ) : (
        placeholder
      )}
    </section>
  );
}
