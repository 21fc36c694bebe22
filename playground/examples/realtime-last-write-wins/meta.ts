import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Last write wins: two tabs, one task, and an update that silently disappears',
  entry: '/index.tsx',
  activeFile: '/taskSync.ts',
  visibleFiles: ['/taskSync.ts', '/App.tsx', '/index.tsx'],
  layout: 'stacked',
  mockBackend: true,
  height: 480,
  firstData: 'Design conflict dialog',
});
