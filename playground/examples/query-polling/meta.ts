import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Polling project stats with refetchInterval',
  entry: '/index.tsx',
  activeFile: '/queries.ts',
  visibleFiles: ['/queries.ts', '/App.tsx', '/api.ts', '/index.tsx'],
  mockBackend: true,
  firstData: 'Checkout v2',
});
