import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Polling: ask every two seconds whether anything changed',
  entry: '/index.tsx',
  activeFile: '/activityPoll.ts',
  visibleFiles: ['/activityPoll.ts', '/App.tsx', '/index.tsx'],
  mockBackend: true,
  height: 360,
  firstData: 'Sam Rivera',
});
