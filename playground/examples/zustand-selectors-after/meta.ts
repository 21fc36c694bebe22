import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'After: narrow selectors, and useShallow for objects and arrays',
  entry: '/index.tsx',
  activeFile: '/App.tsx',
  visibleFiles: ['/App.tsx', '/store.ts', '/index.tsx'],
  mockBackend: true,
  height: 420,
  firstData: 'Design conflict dialog',
  optimizedRenders: true,
});
