import { defineExample } from '../exampleMeta.ts';

// The "slow" of perf-board-fixed: each problem here is one the Recommendations tab names.
export default defineExample({
  title: 'Slow: a selector that returns a new array, a copied entity, a save on every keystroke',
  entry: '/index.tsx',
  activeFile: '/App.tsx',
  visibleFiles: ['/App.tsx', '/store.ts', '/api.ts', '/index.tsx'],
  mockBackend: true,
  firstData: 'Accessibility Cleanup',
});
