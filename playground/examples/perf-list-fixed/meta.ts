import { defineExample } from '../exampleMeta.ts';

// The fix of perf-list-slow: the Recommendations tab finds nothing here.
export default defineExample({
  title: 'Fixed: tasks by id, sorted once, Undo as ids, each row reading its own task',
  entry: '/index.tsx',
  activeFile: '/store.ts',
  visibleFiles: ['/store.ts', '/App.tsx', '/tasks.ts', '/index.tsx'],
  firstData: 'Audit cache 33',
  optimizedRenders: true,
});
