import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'A query and an optimistic mutation, tested against the mock backend',
  entry: '/index.tsx',
  activeFile: '/queries.ts',
  visibleFiles: ['/queries.ts', '/queries.test.ts', '/api.ts', '/App.tsx', '/index.tsx'],
  mockBackend: true,
  firstData: 'Design conflict dialog',
  tests: true,
});
