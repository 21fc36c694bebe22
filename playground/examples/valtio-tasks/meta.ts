import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'proxy and useSnapshot: each component renders when what it read changes',
  entry: '/index.tsx',
  activeFile: '/store.ts',
  visibleFiles: ['/store.ts', '/App.tsx', '/index.tsx'],
  mockBackend: true,
  height: 480,
  firstData: 'Add invite flow',
  optimizedRenders: true,
});
