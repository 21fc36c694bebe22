import { defineExample } from '../exampleMeta.ts';

// The fix of perf-cache-slow: the Recommendations tab finds nothing here.
export default defineExample({
  title: 'Fixed: searches garbage-collected, polling only while shown',
  entry: '/index.tsx',
  activeFile: '/queries.ts',
  visibleFiles: ['/queries.ts', '/App.tsx', '/api.ts', '/index.tsx'],
  mockBackend: true,
  firstData: 'Accessibility Cleanup',
});
