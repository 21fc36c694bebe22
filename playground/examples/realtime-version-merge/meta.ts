import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Versions, a 409 and a three-way merge: two tabs, one task',
  entry: '/index.tsx',
  activeFile: '/taskSync.ts',
  visibleFiles: ['/taskSync.ts', '/merge.ts', '/App.tsx', '/index.tsx'],
  layout: 'stacked',
  mockBackend: true,
  height: 520,
  firstData: 'Design conflict dialog',
});
