import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'TanStack Query persisted to IndexedDB: maxAge, buster and shouldDehydrateQuery',
  entry: '/index.tsx',
  activeFile: '/queryClient.ts',
  visibleFiles: ['/queryClient.ts', '/idbPersister.ts', '/App.tsx', '/index.tsx'],
  mockBackend: true,
  firstData: 'Accessibility Cleanup',
  clearStorage: true,
});
