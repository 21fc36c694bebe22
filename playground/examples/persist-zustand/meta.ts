import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'Zustand persist: partialize, version and migrate, onRehydrateStorage, skipHydration',
  entry: '/index.tsx',
  activeFile: '/settingsStore.ts',
  visibleFiles: ['/settingsStore.ts', '/migrations.ts', '/App.tsx'],
  firstData: 'Font size: 16 px',
  clearStorage: true,
});
