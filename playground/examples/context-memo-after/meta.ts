import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'After: the context value memoized',
  entry: '/index.tsx',
  activeFile: '/App.tsx',
  visibleFiles: ['/App.tsx', '/session.ts', '/api.ts', '/index.tsx'],
  mockBackend: true,
  height: 480,
  firstData: 'Accessibility Cleanup',
  optimizedRenders: true,
});
