import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'After: a Zustand store per workspace, provided through context',
  entry: '/index.tsx',
  activeFile: '/workspaceStore.tsx',
  visibleFiles: ['/workspaceStore.tsx', '/App.tsx', '/api.ts', '/index.tsx'],
  mockBackend: true,
  height: 520,
  firstData: 'Accessibility Cleanup',
  optimizedRenders: true,
});
