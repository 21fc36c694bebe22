import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'After: one context per rate of change',
  entry: '/index.tsx',
  activeFile: '/WorkspaceContext.tsx',
  visibleFiles: ['/WorkspaceContext.tsx', '/App.tsx', '/api.ts', '/index.tsx'],
  mockBackend: true,
  height: 520,
  firstData: 'Accessibility Cleanup',
  optimizedRenders: true,
});
