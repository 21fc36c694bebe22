import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExampleMeta } from '../../../../../playground/examples/exampleMeta.ts';
import { isSentToPlayground, sandboxPath } from '../../../../../playground/examples/sandboxPaths.ts';
import type { PlaygroundFiles } from '../checker.ts';

const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
const examplesDir = join(repoRoot, 'playground/examples');

function filesUnder(repoDir: string): string[] {
  return readdirSync(join(repoRoot, repoDir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${repoDir}${entry.parentPath.slice(join(repoRoot, repoDir).length)}/${entry.name}`);
}

/** An example's files as its playground holds them (the page does the same with import.meta.glob, see exampleFiles.ts). */
export function playgroundFiles(id: string, meta: ExampleMeta): PlaygroundFiles {
  const paths = [...filesUnder(`playground/examples/${id}`), ...(meta.mockBackend ? filesUnder('playground/mocks') : [])];
  return Object.fromEntries(
    paths.filter((path) => isSentToPlayground(path, Boolean(meta.tests)) && sandboxPath(path)).map((path) => [sandboxPath(path)!, readFileSync(join(repoRoot, path), 'utf8')]),
  );
}

/** Every example folder with a `meta.ts`: its id and meta. */
export async function shippedExamples(): Promise<Array<{ id: string; meta: ExampleMeta }>> {
  return Promise.all(
    readdirSync(examplesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(examplesDir, entry.name, 'meta.ts')))
      .map(async ({ name }) => ({ id: name, meta: ((await import(`../../../../../playground/examples/${name}/meta.ts`)) as { default: ExampleMeta }).default })),
  );
}
