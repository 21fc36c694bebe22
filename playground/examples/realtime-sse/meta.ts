import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Server-Sent Events: pushed activity, Last-Event-ID after a drop, a resync after a gap',
  entry: '/index.tsx',
  activeFile: '/activityStream.ts',
  visibleFiles: ['/activityStream.ts', '/App.tsx', '/index.tsx'],
  mockBackend: true,
  height: 360,
  firstData: 'Sam Rivera',
});
