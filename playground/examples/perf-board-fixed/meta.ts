import { defineExample } from '../exampleMeta.ts';

// The fix of perf-board-slow: the Recommendations tab finds nothing here.
export default defineExample({
  title: 'Fixed: a memoized selector, the selection by id, a throttled save',
  entry: '/index.tsx',
  activeFile: '/store.ts',
  visibleFiles: ['/store.ts', '/App.tsx', '/api.ts', '/index.tsx'],
  mockBackend: true,
  firstData: 'Accessibility Cleanup',
  optimizedRenders: true,
});
