import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'After step 2, first road: server state in RTK Query',
  entry: '/index.tsx',
  activeFile: '/tasksApi.ts',
  visibleFiles: ['/tasksApi.ts', '/ui.ts', '/store.ts', '/TaskList.tsx', '/TaskRow.tsx', '/ProjectPicker.tsx', '/App.tsx'],
  mockBackend: true,
  height: 480,
  firstData: 'Add conflict dialog',
});
