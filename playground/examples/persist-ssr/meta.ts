import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Hydrating server HTML: preloadedState, HydrationBoundary, useHydrateAtoms, and storage after hydration',
  entry: '/index.tsx',
  activeFile: '/theme.ts',
  visibleFiles: ['/theme.ts', '/Root.tsx', '/server.tsx', '/index.tsx', '/App.tsx', '/state.ts'],
  firstData: 'Signed in as Ada',
  clearStorage: true,
});
