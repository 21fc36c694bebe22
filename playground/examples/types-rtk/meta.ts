import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Redux Toolkit, typed end to end: RootState and AppDispatch inferred, hooks with .withTypes(), an RTK Query endpoint with transformResponse',
  entry: '/index.tsx',
  activeFile: '/App.tsx',
  visibleFiles: ['/App.tsx', '/filterSlice.ts', '/projectsApi.ts', '/store.ts', '/index.tsx'],
  mockBackend: true,
  firstData: 'Accessibility Cleanup',
  typeExercise: [{ file: '/App.tsx', message: `Argument of type '"done"' is not assignable to parameter of type 'StatusFilter'.` }],
});
