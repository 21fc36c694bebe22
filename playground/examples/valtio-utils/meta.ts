import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'subscribe, subscribeKey, ref(), proxySet and proxyMap',
  entry: '/index.tsx',
  activeFile: '/store.ts',
  visibleFiles: ['/store.ts', '/App.tsx', '/index.tsx'],
  mockBackend: true,
  height: 480,
  firstData: 'Add invite flow',
});
