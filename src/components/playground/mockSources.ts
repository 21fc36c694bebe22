/**
 * The mock backend's files as playgrounds get them, by sandbox path (`/mocks/browser.ts`, and
 * the Tests tab's `/mocks/node.ts`). One chunk, loaded with Sandpack once per page and cached
 * across pages, instead of a copy in the HTML of every playground (see `islandBundle`).
 */
import { isSentToPlayground, sandboxPath } from '../../../playground/examples/sandboxPaths.ts';

const sources = import.meta.glob<string>('/playground/mocks/**/*.ts', { query: '?raw', import: 'default', eager: true });

export const mockSources: Record<string, string> = Object.fromEntries(
  Object.entries(sources)
    .filter(([path]) => isSentToPlayground(path, true))
    .map(([path, code]) => [sandboxPath(path)!, code]),
);
