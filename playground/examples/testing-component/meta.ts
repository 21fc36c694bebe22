import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'A component tested by role, driven with user-event',
  entry: '/index.tsx',
  activeFile: '/TaskList.tsx',
  visibleFiles: ['/TaskList.tsx', '/TaskList.test.tsx', '/App.tsx', '/index.tsx'],
  firstData: 'Write the tests',
  tests: true,
});
