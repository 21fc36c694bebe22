import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'After step 2, second road: server state in TanStack Query',
  entry: '/index.tsx',
  activeFile: '/queries.ts',
  visibleFiles: ['/queries.ts', '/ui.ts', '/store.ts', '/TaskList.tsx', '/TaskRow.tsx', '/ProjectPicker.tsx', '/index.tsx', '/api.ts'],
  mockBackend: true,
  height: 480,
  firstData: 'Add conflict dialog',
});
