import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'RTK Query: tags, invalidation, and an optimistic update that rolls back',
  entry: '/index.tsx',
  activeFile: '/tasksApi.ts',
  visibleFiles: ['/tasksApi.ts', '/TaskRow.tsx', '/App.tsx', '/store.ts', '/errorMessage.ts', '/index.tsx'],
  mockBackend: true,
  firstData: 'Add audit log',
});
