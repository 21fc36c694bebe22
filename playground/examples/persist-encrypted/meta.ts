import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: 'An encrypted slice: AES-GCM with a PBKDF2 key from a passphrase, a fresh IV per write',
  entry: '/index.tsx',
  activeFile: '/vault.ts',
  visibleFiles: ['/vault.ts', '/App.tsx'],
  firstData: 'Passphrase',
  clearStorage: true,
});
