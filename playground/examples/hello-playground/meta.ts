import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'A counter and a request',
  entry: '/index.tsx',
  activeFile: '/App.tsx',
  visibleFiles: ['/App.tsx', '/index.tsx', '/mockBackend.ts'],
});
