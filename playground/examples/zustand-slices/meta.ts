import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Slices, immer, subscribeWithSelector and persist in one store',
  entry: '/index.tsx',
  activeFile: '/store.ts',
  visibleFiles: ['/store.ts', '/tasksSlice.ts', '/viewSlice.ts', '/outsideReact.ts', '/App.tsx', '/index.tsx'],
  mockBackend: true,
  height: 520,
  firstData: 'Design conflict dialog',
});
