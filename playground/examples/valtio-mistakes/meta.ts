import { defineExample } from '../exampleMeta.ts';

// Not optimized, on purpose: three mistakes next to the right way.
export default defineExample({
  title: 'The classic mistakes: a frozen snapshot, a proxy destructured too early, a proxy read in render',
  entry: '/index.tsx',
  activeFile: '/App.tsx',
  visibleFiles: ['/App.tsx', '/store.ts', '/index.tsx'],
  mockBackend: true,
  height: 520,
  firstData: 'Design conflict dialog',
});
