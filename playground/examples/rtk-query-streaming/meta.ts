import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'RTK Query: streaming socket updates into the cache',
  entry: '/index.tsx',
  activeFile: '/tasksApi.ts',
  visibleFiles: ['/tasksApi.ts', '/taskMessages.ts', '/connectionSlice.ts', '/App.tsx', '/store.ts', '/index.tsx'],
  mockBackend: true,
  firstData: 'Design date picker',
});
