import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'A task store with sync and async actions',
  entry: '/index.tsx',
  activeFile: '/store.ts',
  visibleFiles: ['/store.ts', '/App.tsx', '/index.tsx'],
  mockBackend: true,
  height: 480,
  firstData: 'Design conflict dialog',
});
