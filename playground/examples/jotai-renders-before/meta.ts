import { defineExample } from '../exampleMeta.ts';

// The "before" of jotai-renders-after: not optimized, on purpose.
export default defineExample({
  title: 'Before: the whole page in one object atom',
  entry: '/index.tsx',
  activeFile: '/App.tsx',
  visibleFiles: ['/App.tsx', '/state.ts', '/index.tsx'],
  mockBackend: true,
  height: 480,
  firstData: 'Accessibility Cleanup',
});
