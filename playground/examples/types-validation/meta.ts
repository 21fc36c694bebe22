import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Validation at the boundary: a response and a saved setting are unknown until checked',
  entry: '/index.tsx',
  activeFile: '/api.ts',
  visibleFiles: ['/api.ts', '/validate.ts', '/App.tsx', '/index.tsx'],
  mockBackend: true,
  firstData: 'Accessibility Cleanup',
  typeExercise: [{ file: '/api.ts', message: `'page' is of type 'unknown'.` }],
});
