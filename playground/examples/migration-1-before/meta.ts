import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Before: hand-written Redux with thunks, loading flags and a hand-made cache',
  entry: '/index.tsx',
  activeFile: '/tasks.ts',
  visibleFiles: ['/tasks.ts', '/projects.ts', '/ui.ts', '/store.ts', '/selectors.ts', '/TaskList.tsx', '/TaskRow.tsx', '/ProjectPicker.tsx', '/App.tsx'],
  mockBackend: true,
  height: 480,
  firstData: 'Add conflict dialog',
});
