import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'A reducer and its selectors, tested as plain functions',
  entry: '/index.tsx',
  activeFile: '/tasks.ts',
  visibleFiles: ['/tasks.ts', '/tasks.test.ts', '/App.tsx', '/index.tsx'],
  firstData: 'Test the reducer',
  tests: true,
});
