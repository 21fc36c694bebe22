import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Normalized projects and tasks: slices, entity adapters, memoized selectors',
  entry: '/index.tsx',
  activeFile: '/tasksSlice.ts',
  visibleFiles: ['/tasksSlice.ts', '/projectsSlice.ts', '/App.tsx', '/TaskRow.tsx', '/store.ts', '/index.tsx'],
  mockBackend: true,
  firstData: 'Accessibility Cleanup',
  optimizedRenders: true,
});
