import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Query keys, staleTime and gcTime: stale-while-revalidate, cache-first and network-first',
  entry: '/index.tsx',
  activeFile: '/queries.ts',
  visibleFiles: ['/queries.ts', '/App.tsx', '/TaskDetails.tsx', '/api.ts', '/index.tsx'],
  mockBackend: true,
  height: 480,
  firstData: 'Accessibility Cleanup',
});
