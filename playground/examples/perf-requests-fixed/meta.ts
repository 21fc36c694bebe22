import { defineExample } from '../exampleMeta.ts';

// The fix of perf-requests-slow: the Recommendations tab finds nothing here.
export default defineExample({
  title: 'Fixed: one shared request per resource, started together',
  entry: '/index.tsx',
  activeFile: '/App.tsx',
  visibleFiles: ['/App.tsx', '/queries.ts', '/api.ts', '/index.tsx'],
  mockBackend: true,
  firstData: 'Accessibility Cleanup',
});
