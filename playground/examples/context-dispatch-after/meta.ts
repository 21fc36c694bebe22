import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'After: state and dispatch in two contexts',
  entry: '/index.tsx',
  activeFile: '/TasksContext.tsx',
  visibleFiles: ['/TasksContext.tsx', '/App.tsx', '/reducer.ts', '/index.tsx'],
  mockBackend: true,
  height: 480,
  firstData: 'Design conflict dialog',
  optimizedRenders: true,
});
