import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'A Zustand store reset before each test',
  entry: '/index.tsx',
  activeFile: '/store.ts',
  visibleFiles: ['/store.ts', '/store.test.ts', '/App.tsx', '/index.tsx'],
  firstData: 'Total: $0.00',
  tests: true,
});
