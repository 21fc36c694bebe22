import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Polling with backoff, tested with fake timers',
  entry: '/index.tsx',
  activeFile: '/poller.ts',
  visibleFiles: ['/poller.ts', '/poller.test.ts', '/App.tsx', '/api.ts', '/index.tsx'],
  mockBackend: true,
  firstData: 'Answered at',
  tests: true,
});
