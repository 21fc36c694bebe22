import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Tasks with Redux Toolkit and RTK Query: an optimistic update that rolls back',
  entry: '/index.tsx',
  activeFile: '/tasksApi.ts',
  visibleFiles: ['/tasksApi.ts', '/App.tsx', '/filterSlice.ts', '/store.ts', '/index.tsx'],
  mockBackend: true,
  height: 380,
  firstData: 'Add invite flow',
});
