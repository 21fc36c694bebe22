import { defineExample } from '../exampleMeta.ts';

// The "before" of zustand-selectors-after: not optimized, on purpose.
export default defineExample({
  title: 'Before: every component takes the whole store',
  entry: '/index.tsx',
  activeFile: '/App.tsx',
  visibleFiles: ['/App.tsx', '/store.ts', '/index.tsx'],
  mockBackend: true,
  height: 420,
  firstData: 'Design conflict dialog',
});
