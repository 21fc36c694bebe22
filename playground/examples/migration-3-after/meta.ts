import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'After step 3: no Redux left; a filter in component state, the picked project in an atom',
  entry: '/index.tsx',
  activeFile: '/ui.ts',
  visibleFiles: ['/ui.ts', '/TaskList.tsx', '/ProjectPicker.tsx', '/index.tsx', '/queries.ts', '/TaskRow.tsx'],
  mockBackend: true,
  height: 480,
  firstData: 'Add conflict dialog',
});
