import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'The same task list in MobX and in Valtio',
  entry: '/index.tsx',
  activeFile: '/mobxStore.ts',
  visibleFiles: ['/mobxStore.ts', '/valtioStore.ts', '/App.tsx', '/api.ts', '/index.tsx'],
  mockBackend: true,
  height: 520,
  firstData: 'Add invite flow',
  optimizedRenders: true,
});
