import { describe, expect, it } from 'vitest';
import { examplePreloads, importedPackages, vendorImports } from './examplePreloads.ts';

describe('which chunks an example’s frame preloads', () => {
  it('reads the vendor table as vendorModules.ts writes it', () => {
    const table = vendorImports(`const loaders = {\n  react: () => import('react'),\n  'react-dom/client': () => import('./vendor/reactDomClient.ts'),\n};`);
    expect([...table]).toEqual([
      ['react', 'react'],
      ['react-dom/client', './vendor/reactDomClient.ts'],
    ]);
  });

  it('finds the packages the files import, not types, not the example’s own or the mock backend’s files', () => {
    const files = {
      '/App.tsx': "import { useState } from 'react';\nimport type { Store } from 'zustand';\nimport { api } from './api';\nimport '@/mocks/browser';",
      '/store.ts': "export { create } from 'zustand';\nconst lazy = () => import('yjs');",
      '/styles.css': "@import 'react';",
    };
    expect([...importedPackages(files)].sort()).toEqual(['react', 'yjs', 'zustand']);
  });

  it('preloads the chunks of those packages and of the always-loaded ones, minus what index.html preloads', () => {
    const chunks = new Map([
      ['react', ['/chunks/react.js', '/chunks/shared.js']],
      ['zustand', ['/chunks/zustand.js', '/chunks/shared.js']],
      ['msw', ['/chunks/msw.js', '/chunks/runtime-dep.js']],
    ]);
    expect(examplePreloads({ '/App.tsx': "import { create } from 'zustand';" }, chunks, ['/chunks/runtime-dep.js'], ['msw'])).toEqual([
      '/chunks/msw.js',
      '/chunks/shared.js',
      '/chunks/zustand.js',
    ]);
  });
});
