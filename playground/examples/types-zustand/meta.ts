import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Zustand, typed: create<T>()(…) with the devtools middleware, actions and selectors checked',
  entry: '/index.tsx',
  activeFile: '/App.tsx',
  visibleFiles: ['/App.tsx', '/projectStore.ts', '/index.tsx'],
  mockBackend: true,
  firstData: 'Accessibility Cleanup',
  typeExercise: [{ file: '/App.tsx', message: `Argument of type 'string' is not assignable to parameter of type 'number'.` }],
});
