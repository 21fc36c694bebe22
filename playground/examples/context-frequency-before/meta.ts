import { defineExample } from '../exampleMeta.ts';

// The "before" of context-split-after and context-store-after: not optimized, on purpose.
export default defineExample({
  title: 'Before: the search and the user in one context',
  entry: '/index.tsx',
  activeFile: '/WorkspaceContext.tsx',
  visibleFiles: ['/WorkspaceContext.tsx', '/App.tsx', '/api.ts', '/index.tsx'],
  mockBackend: true,
  height: 520,
  firstData: 'Accessibility Cleanup',
});
