import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Redux Toolkit: throttled saves from the listener middleware, and a v1→v2→v3 migration chain',
  entry: '/index.tsx',
  activeFile: '/preferences.ts',
  visibleFiles: ['/preferences.ts', '/store.ts', '/preferencesSlice.ts', '/App.tsx', '/index.tsx'],
  firstData: 'Write the release notes',
  clearStorage: true,
});
