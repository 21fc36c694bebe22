import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Persisted preferences with atomWithStorage, and renders only where an atom changed',
  entry: '/index.tsx',
  activeFile: '/preferences.ts',
  visibleFiles: ['/preferences.ts', '/ProjectRow.tsx', '/App.tsx', '/atoms.ts', '/index.tsx'],
  mockBackend: true,
  height: 480,
  firstData: 'Accessibility Cleanup',
  optimizedRenders: true,
});
