import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Atoms tested with a fresh store per test',
  entry: '/index.tsx',
  activeFile: '/atoms.ts',
  visibleFiles: ['/atoms.ts', '/atoms.test.ts', '/App.tsx', '/index.tsx'],
  firstData: 'Draft the release notes',
  tests: true,
});
