import { defineExample } from '../exampleMeta.ts';

// The "before" of context-dispatch-after: not optimized, on purpose.
export default defineExample({
  title: 'Before: tasks and dispatch in one context',
  entry: '/index.tsx',
  activeFile: '/TasksContext.tsx',
  visibleFiles: ['/TasksContext.tsx', '/App.tsx', '/reducer.ts', '/index.tsx'],
  mockBackend: true,
  height: 480,
  firstData: 'Design conflict dialog',
});
