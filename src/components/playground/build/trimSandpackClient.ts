import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const MIME_TYPES = fileURLToPath(new URL('./sandpackMimeTypes.ts', import.meta.url));

/**
 * Sandpack's runtime client imports all of `mime-db` (2,500 types, 160 KB) for its
 * service-worker relay, which our runtime doesn't use. Loading it cost every playground
 * about 25 ms of main-thread time at start-up, before the preview could start. Inside
 * Sandpack's client only, this resolves `mime-db` to a list of the types playground files
 * have. (Tied to @codesandbox/sandpack-client 2.19.8, pinned in package.json.)
 */
export function trimSandpackClient(): Plugin {
  return {
    name: 'statelab-trim-sandpack-client',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'mime-db' && importer?.includes('/@codesandbox/sandpack-client/')) return MIME_TYPES;
      return null;
    },
  };
}
