import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Two tabs: the storage event, a BroadcastChannel, and a conflict the user settles',
  entry: '/index.tsx',
  activeFile: '/sharedNote.ts',
  visibleFiles: ['/sharedNote.ts', '/App.tsx'],
  firstData: 'Open tabs',
  clearStorage: true,
});
