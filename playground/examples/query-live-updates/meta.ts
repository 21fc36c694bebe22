import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Socket pushes into the query cache: setQueryData for updates, invalidation for the rest',
  entry: '/index.tsx',
  activeFile: '/taskUpdates.ts',
  visibleFiles: ['/taskUpdates.ts', '/App.tsx', '/queries.ts', '/index.tsx', '/api.ts'],
  mockBackend: true,
  height: 480,
  firstData: 'Add invite flow',
});
