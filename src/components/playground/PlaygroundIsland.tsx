import { useEffect, useState, type ComponentType } from 'react';
import type { ExampleBundle } from './exampleFiles.ts';
import type { PlaygroundStatus } from './PlaygroundSandpack.tsx';
import './playground.css';

type SandpackPlayground = ComponentType<{ bundle: ExampleBundle; onStatus: (status: PlaygroundStatus) => void }>;

// This module loads only when a playground nears the viewport (client:visible), so
// Sandpack and the client it creates start downloading now, not after hydration.
const sandpackModule = import('./PlaygroundSandpack.tsx');
void import('@codesandbox/sandpack-client/clients/runtime');

/**
 * The <Playground> island. It renders the example's code as a static placeholder
 * of the final size (also what search engines and readers without JS get), and
 * swaps in Sandpack once its module has loaded.
 *
 * Not React.lazy + Suspense: React holds back content that replaces a Suspense
 * fallback for up to 300 ms, which would delay every playground's first paint.
 */
export default function PlaygroundIsland({ bundle }: { bundle: ExampleBundle }) {
  const [Sandpack, setSandpack] = useState<SandpackPlayground | null>(null);
  const [status, setStatus] = useState<PlaygroundStatus>('loading');
  useEffect(() => {
    let live = true;
    sandpackModule.then((module) => live && setSandpack(() => module.default));
    return () => {
      live = false;
    };
  }, []);
  const height = bundle.meta.height ?? 360;
  return (
    <section
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
