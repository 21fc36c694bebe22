import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Jotai atomWithStorage with a validating storage: starred IDs and a density, not the projects',
  entry: '/index.tsx',
  activeFile: '/validatedStorage.ts',
  visibleFiles: ['/validatedStorage.ts', '/atoms.ts', '/App.tsx', '/index.tsx'],
  mockBackend: true,
  firstData: 'Accessibility Cleanup',
  clearStorage: true,
});
