import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Async atoms with an error fallback, and one atom per task with atomFamily',
  entry: '/index.tsx',
  activeFile: '/atoms.ts',
  visibleFiles: ['/atoms.ts', '/App.tsx', '/ErrorBoundary.tsx', '/api.ts', '/index.tsx'],
  mockBackend: true,
  height: 480,
  firstData: 'Design activity feed',
  optimizedRenders: true,
});
