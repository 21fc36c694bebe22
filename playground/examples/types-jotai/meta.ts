import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Jotai, typed: atoms with their value type, a writable derived atom, an atomFamily keyed by a typed parameter',
  entry: '/index.tsx',
  activeFile: '/App.tsx',
  visibleFiles: ['/App.tsx', '/atoms.ts', '/index.tsx'],
  mockBackend: true,
  firstData: 'Accessibility Cleanup',
  typeExercise: [{ file: '/App.tsx', message: `Argument of type 'string' is not assignable to parameter of type 'boolean'.` }],
});
