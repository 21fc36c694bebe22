import { defineExample } from '../exampleMeta.ts';

// The "slow" of perf-cache-fixed: each problem here is one the Recommendations tab names.
export default defineExample({
  title: 'Slow: every search kept forever, and a poll nobody watches',
  entry: '/index.tsx',
  activeFile: '/queries.ts',
  visibleFiles: ['/queries.ts', '/index.tsx', '/App.tsx', '/api.ts'],
  mockBackend: true,
  firstData: 'Accessibility Cleanup',
});
