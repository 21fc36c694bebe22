import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'TanStack Query, typed: queryOptions and a key factory, one error type for every query (Register), a typed onMutate context',
  entry: '/index.tsx',
  activeFile: '/App.tsx',
  visibleFiles: ['/App.tsx', '/queries.ts', '/api.ts', '/index.tsx'],
  mockBackend: true,
  firstData: 'Accessibility Cleanup',
  typeExercise: [{ file: '/App.tsx', message: `Property 'previousProjects' does not exist on type '{ previous: Project[] | undefined; }'.` }],
});
