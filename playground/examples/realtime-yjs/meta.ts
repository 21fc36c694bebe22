import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'A CRDT with Yjs: a shared description and checklist, offline edits merging on reconnect',
  entry: '/index.tsx',
  activeFile: '/taskDoc.ts',
  visibleFiles: ['/taskDoc.ts', '/App.tsx', '/index.tsx'],
  layout: 'stacked',
  mockBackend: true,
  height: 560,
  firstData: 'Sketch the dialog',
});
