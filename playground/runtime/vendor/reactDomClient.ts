import * as ReactDOMClient from 'react-dom/client';
import { currentRun } from '../runScope.ts';

export * from 'react-dom/client';

/** createRoot, with the root unmounted when the playground re-runs. */
export function createRoot(container: Element | DocumentFragment, options?: ReactDOMClient.RootOptions): ReactDOMClient.Root {
  const root = ReactDOMClient.createRoot(container, options);
  currentRun()?.onDispose(() => root.unmount());
  return root;
}

/** hydrateRoot, with the root unmounted when the playground re-runs. */
export function hydrateRoot(container: Element | Document, children: React.ReactNode, options?: ReactDOMClient.HydrationOptions): ReactDOMClient.Root {
  const root = ReactDOMClient.hydrateRoot(container, children, options);
  currentRun()?.onDispose(() => root.unmount());
  return root;
}

export default { ...ReactDOMClient, createRoot, hydrateRoot };
