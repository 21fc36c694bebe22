import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'WebSocket: backoff with jitter, resubscribe, and a resync when seq shows a gap',
  entry: '/index.tsx',
  activeFile: '/taskFeed.ts',
  visibleFiles: ['/taskFeed.ts', '/backoff.ts', '/App.tsx', '/index.tsx'],
  mockBackend: true,
  height: 420,
  firstData: 'Design conflict dialog',
});
