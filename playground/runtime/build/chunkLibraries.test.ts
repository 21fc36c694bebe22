import type { Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { chunkLibraries } from './chunkLibraries.ts';

/** A metafile with these outputs (paths relative to the working directory, as esbuild gives them) and their inputs. */
const metafile = (outputs: Record<string, string[]>): Metafile => ({
  inputs: {},
  outputs: Object.fromEntries(
    Object.entries(outputs).map(([output, inputs]) => [
      output,
      { bytes: 1, imports: [], exports: [], inputs: Object.fromEntries(inputs.map((input) => [input, { bytesInOutput: 1 }])) },
    ]),
  ),
});

describe('chunk libraries', () => {
  it('names each chunk by the persistence library or the one package its code is', () => {
    const map = chunkLibraries(
      metafile({
        'dist-sandbox/chunks/middleware-W7T4DCWD.js': ['node_modules/zustand/esm/middleware.mjs'],
        'dist-sandbox/chunks/chunk-SQKIYGO2.js': ['node_modules/zustand/esm/vanilla.mjs', 'playground/probes/zustandProbe.ts'],
        'dist-sandbox/chunks/chunk-4QGT6APQ.js': ['node_modules/jotai/dist/vanilla/utils/splitAtom.js', 'node_modules/jotai/dist/vanilla/utils/atomWithStorage.js'],
        'dist-sandbox/chunks/modern-VSFQG3G4.js': [
          'node_modules/@tanstack/react-query-persist-client/build/modern/PersistQueryClientProvider.js',
          'node_modules/@tanstack/query-persist-client-core/build/modern/persist.js',
          'playground/probes/instrumented/reactQueryPersistClient.ts',
        ],
        'dist-sandbox/chunks/dist-OPIRW33R.js': ['node_modules/idb-keyval/dist/index.js'],
        'dist-sandbox/runtime.js': ['playground/runtime/main.ts', 'node_modules/bippy/dist/index.js', 'node_modules/react-refresh/runtime.js'],
        'dist-sandbox/chunks/utils-BZJ722I7.js': ['playground/runtime/transpile.ts'],
        'dist-sandbox/chunks/middleware-W7T4DCWD.js.map': ['node_modules/zustand/esm/middleware.mjs'],
      }),
      '/repo/dist-sandbox',
      '/repo',
    );
    expect(map).toEqual({
      '/chunks/middleware-W7T4DCWD.js': { name: 'Zustand persist', persistence: true },
      '/chunks/chunk-SQKIYGO2.js': { name: 'zustand' },
      '/chunks/chunk-4QGT6APQ.js': { name: 'Jotai atomWithStorage', persistence: true },
      '/chunks/modern-VSFQG3G4.js': { name: 'TanStack Query persister', persistence: true },
      '/chunks/dist-OPIRW33R.js': { name: 'idb-keyval', persistence: true },
    });
  });

  it('finds packages nested in other packages, and does not take a package’s other files for its persistence', () => {
    const map = chunkLibraries(
      metafile({
        'out/chunks/a.js': ['node_modules/zustand/esm/vanilla.mjs'],
        'out/chunks/b.js': ['node_modules/msw/node_modules/@mswjs/interceptors/lib/index.mjs'],
        'out/chunks/c.js': ['node_modules/jotai/dist/vanilla/utils/atomWithStorageLike.js'],
      }),
      '/w/out',
      '/w',
    );
    expect(map).toEqual({ '/chunks/a.js': { name: 'zustand' }, '/chunks/b.js': { name: '@mswjs/interceptors' }, '/chunks/c.js': { name: 'jotai' } });
  });

  it('fails the build when a persistence library shares a chunk with another package', () => {
    const mixed = metafile({ 'out/chunks/chunk-X.js': ['node_modules/idb-keyval/dist/index.js', 'node_modules/immer/dist/immer.mjs'] });
    expect(() => chunkLibraries(mixed, '/w/out', '/w')).toThrow('/chunks/chunk-X.js holds idb-keyval with immer');
  });
});
