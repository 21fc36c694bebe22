import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Operational transform for one text field (a teaching model): two tabs, one description',
  entry: '/index.tsx',
  activeFile: '/textDoc.ts',
  visibleFiles: ['/textDoc.ts', '/textOt.ts', '/textSync.ts', '/App.tsx', '/index.tsx'],
  layout: 'stacked',
  mockBackend: true,
  height: 520,
  firstData: 'Part of Checkout v2.',
});
