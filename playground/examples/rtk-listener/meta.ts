import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Side effects in the listener middleware: a saved filter and debounced stats',
  entry: '/index.tsx',
  activeFile: '/listeners.ts',
  visibleFiles: ['/listeners.ts', '/filterSlice.ts', '/tasksApi.ts', '/store.ts', '/App.tsx', '/index.tsx'],
  mockBackend: true,
  firstData: 'Design error banner',
});
