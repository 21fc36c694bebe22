import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExampleMeta } from './exampleMeta.ts';
import { isSentToPlayground, sandboxPath } from './sandboxPaths.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const examplesDir = join(repoRoot, 'playground/examples');

function filesUnder(repoDir: string): string[] {
  return readdirSync(join(repoRoot, repoDir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${repoDir}${entry.parentPath.slice(join(repoRoot, repoDir).length)}/${entry.name}`);
}

/**
 * An example's files as its playground holds them, for build steps in Node: the page does the
 * same with import.meta.glob (src/components/playground/exampleFiles.ts), and a test checks both agree.
 */
export function playgroundFiles(id: string, meta: ExampleMeta): Record<string, string> {
  const paths = [...filesUnder(`playground/examples/${id}`), ...(meta.mockBackend ? filesUnder('playground/mocks') : [])];
  return Object.fromEntries(
    paths.filter((path) => isSentToPlayground(path, Boolean(meta.tests)) && sandboxPath(path)).map((path) => [sandboxPath(path)!, readFileSync(join(repoRoot, path), 'utf8')]),
  );
}

export interface ShippedExample {
  id: string;
  meta: ExampleMeta;
}

/**
 * Every example folder with a `meta.ts`: its id and meta. In an Astro integration, call it when
 * the config loads (its module runner is closed by `astro:build:done`).
 */
export async function shippedExamples(): Promise<ShippedExample[]> {
  return Promise.all(
    readdirSync(examplesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(examplesDir, entry.name, 'meta.ts')))
      .map(async ({ name }) => ({ id: name, meta: ((await import(`./${name}/meta.ts`)) as { default: ExampleMeta }).default })),
  );
}
