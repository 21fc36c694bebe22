import { defineExample } from '../exampleMeta.ts';

// The "slow" of perf-list-fixed: each problem here is one the Recommendations tab names.
export default defineExample({
  title: 'Slow: a sort in the reducer, a copy of the list per undo step, every row rendered again',
  entry: '/index.tsx',
  activeFile: '/store.ts',
  visibleFiles: ['/store.ts', '/App.tsx', '/tasks.ts', '/index.tsx'],
  firstData: 'Audit cache 33',
});
