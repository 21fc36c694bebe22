import type { Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { staticChunks, withModulePreloads } from './modulePreloads.ts';

const output = (imports: Array<[string, 'import-statement' | 'dynamic-import']>) => ({
  bytes: 1,
  inputs: {},
  exports: [],
  imports: imports.map(([path, kind]) => ({ path, kind })),
});

describe('the runtime page’s modulepreloads', () => {
  const metafile = {
    inputs: {},
    outputs: {
      'out/runtime.js': output([
        ['out/chunks/a.js', 'import-statement'],
        ['out/chunks/lazy.js', 'dynamic-import'],
      ]),
      'out/chunks/a.js': output([['out/chunks/b.js', 'import-statement']]),
      'out/chunks/b.js': output([['out/chunks/a.js', 'import-statement']]),
      'out/chunks/lazy.js': output([['out/chunks/c.js', 'import-statement']]),
      'out/chunks/c.js': output([]),
    },
  } as unknown as Metafile;

  it('lists what the entry imports statically, at any depth, once, and not its dynamic imports', () => {
    expect(staticChunks(metafile, '/w/out', '/runtime.js', '/w')).toEqual(['/chunks/a.js', '/chunks/b.js']);
    expect(staticChunks(metafile, '/w/out', '/chunks/lazy.js', '/w')).toEqual(['/chunks/c.js']);
    expect(() => staticChunks(metafile, '/w/out', '/nope.js', '/w')).toThrow(/not among/);
  });

  it('puts one link per chunk at the end of <head>', () => {
    const html = '<html>\n  <head>\n    <title>x</title>\n  </head>\n</html>';
    expect(withModulePreloads(html, ['/chunks/a.js'])).toContain('<link rel="modulepreload" href="/chunks/a.js" />\n  </head>');
  });
});
