import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'An optimistic update that rolls back, with retries and selective invalidation',
  entry: '/index.tsx',
  activeFile: '/mutations.ts',
  visibleFiles: ['/mutations.ts', '/App.tsx', '/queries.ts', '/api.ts', '/index.tsx'],
  mockBackend: true,
  height: 480,
  firstData: 'Add invite flow',
});
