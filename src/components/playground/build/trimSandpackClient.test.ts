import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import mimeTypes from './sandpackMimeTypes.ts';
import { trimSandpackClient } from './trimSandpackClient.ts';

const resolve = (source: string, importer?: string) => {
  const hook = trimSandpackClient().resolveId as (source: string, importer?: string) => string | null;
  return hook(source, importer);
};

describe('trimSandpackClient', () => {
  it('gives Sandpack’s runtime client the small list of types instead of all of mime-db', () => {
    const resolved = resolve('mime-db', '/repo/node_modules/@codesandbox/sandpack-client/dist/clients/runtime/index.mjs');
    expect(resolved).toMatch(/sandpackMimeTypes\.ts$/);
  });

  it('leaves mime-db alone for every other importer', () => {
    expect(resolve('mime-db', '/repo/node_modules/mime-types/index.js')).toBeNull();
    expect(resolve('dequal', '/repo/node_modules/@codesandbox/sandpack-client/dist/clients/runtime/index.mjs')).toBeNull();
  });

  it('still answers what Sandpack asks of it: a type for each playground file extension', () => {
    // Sandpack builds an extension → type map from `entry.extensions` (clients/runtime/index.mjs).
    const source = readFileSync(new URL('../../../../node_modules/@codesandbox/sandpack-client/dist/clients/runtime/index.mjs', import.meta.url), 'utf8');
    expect(source).toContain("import mimeDB from 'mime-db'");
    expect(source).toContain('entry.extensions');
    const byExtension = new Map(Object.entries(mimeTypes).flatMap(([type, entry]) => entry.extensions.map((ext) => [ext, type])));
    for (const ext of ['js', 'jsx', 'ts', 'tsx', 'json', 'css', 'html']) expect(byExtension.get(ext)).toBeTruthy();
  });
});
