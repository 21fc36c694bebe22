import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Normalized projects and tasks: entity adapters in the RTK Query cache, memoized selectors, a slice for the selection',
  entry: '/index.tsx',
  activeFile: '/boardApi.ts',
  visibleFiles: ['/boardApi.ts', '/projectsSlice.ts', '/App.tsx', '/TaskRow.tsx', '/store.ts', '/index.tsx'],
  mockBackend: true,
  firstData: 'Accessibility Cleanup',
  optimizedRenders: true,
});
