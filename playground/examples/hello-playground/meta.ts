import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'A counter, a request and a live socket',
  entry: '/index.tsx',
  activeFile: '/App.tsx',
  visibleFiles: ['/App.tsx', '/index.tsx', '/mocks/handlers.ts'],
  mockBackend: true,
  firstData: 'Accessibility Cleanup',
});
