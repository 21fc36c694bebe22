import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Primitive and derived atoms: a filtered, sorted project list with permissions',
  entry: '/index.tsx',
  activeFile: '/atoms.ts',
  visibleFiles: ['/atoms.ts', '/App.tsx', '/ProjectRow.tsx', '/api.ts', '/index.tsx'],
  mockBackend: true,
  height: 480,
  firstData: 'Accessibility Cleanup',
  optimizedRenders: true,
});
