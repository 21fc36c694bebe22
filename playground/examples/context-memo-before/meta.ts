import { defineExample } from '../exampleMeta.ts';

// The "before" of context-memo-after: not optimized, on purpose.
export default defineExample({
  title: 'Before: a new context value on every render',
  entry: '/index.tsx',
  activeFile: '/App.tsx',
  visibleFiles: ['/App.tsx', '/session.ts', '/api.ts', '/index.tsx'],
  mockBackend: true,
  height: 480,
  firstData: 'Accessibility Cleanup',
});
