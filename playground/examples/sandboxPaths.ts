/**
 * Where a repository file appears inside a playground: example files at the root
 * (`playground/examples/<id>/App.tsx` → `/App.tsx`), the mock backend under
 * `/mocks/` (imported as `@/mocks/…`). Used by the page, which sends the files, and
 * by the runtime's build, which transpiles them ahead of time.
 */
export function sandboxPath(repoPath: string): string | null {
  const path = repoPath.replace(/^\/+/, '/');
  const example = path.match(/^\/playground\/examples\/[^/]+(\/.+)$/);
  if (example) return example[1];
  // In a playground with a Tests tab, the tests' `@/mocks/node` is the in-page one.
  if (path === '/playground/mocks/inPageNode.ts') return '/mocks/node.ts';
  const mock = path.match(/^\/playground\/mocks(\/.+)$/);
  if (mock) return `/mocks${mock[1]}`;
  return null;
}

/** Files of an example folder that are not sent to the playground. */
export function isPlaygroundFile(repoPath: string): boolean {
  if (/\.test\.[jt]sx?$/.test(repoPath) || repoPath.endsWith('/meta.ts')) return false;
  if (repoPath.startsWith('/playground/mocks/')) return repoPath.endsWith('.ts') && !/\/(node|test-helpers|inPageNode)\.ts$/.test(repoPath);
  return true;
}

/**
 * Files an example's playground gets: its playground files, and for an example with a Tests
 * tab (meta `tests: true`) its own test files too.
 */
export function isSentToPlayground(repoPath: string, withTests: boolean): boolean {
  if (isPlaygroundFile(repoPath)) return true;
  return withTests && ((repoPath.startsWith('/playground/examples/') && /\.test\.[jt]sx?$/.test(repoPath)) || repoPath === IN_PAGE_NODE_BACKEND);
}

/** The Tests tab's `@/mocks/node` (the mock backend in the page, with node.ts's API). */
export const IN_PAGE_NODE_BACKEND = '/playground/mocks/inPageNode.ts';
