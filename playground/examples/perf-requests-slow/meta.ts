import { defineExample } from '../exampleMeta.ts';

// The "slow" of perf-requests-fixed: each problem here is one the Recommendations tab names.
export default defineExample({
  title: 'Slow: the same request twice, and three requests one after another',
  entry: '/index.tsx',
  activeFile: '/App.tsx',
  visibleFiles: ['/App.tsx', '/api.ts', '/index.tsx'],
  mockBackend: true,
  firstData: 'Accessibility Cleanup',
});
