import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { isPlaygroundFile, sandboxPath } from '../../examples/sandboxPaths.ts';
import { playgroundFiles, type ShippedExample } from '../../examples/shippedExamples.ts';
import type { ExampleModules } from '../exampleModules.ts';
import { transpileModule } from '../transpile.ts';
import { transpileKey } from '../transpileCache.ts';
import { chunkLibrariesPlugin } from './chunkLibraries.ts';
import { staticChunks, withModulePreloads } from './modulePreloads.ts';
import { examplePreloads, vendorChunks } from './examplePreloads.ts';
import { PRELOADED_PACKAGES } from '../preloadedPackages.ts';
import { examplePreloadsUrl } from '../exampleModules.ts';

const runtimeDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** The docs origins allowed to drive the runtime in production (comma-separated), from STATELAB_SITE_URL. */
function siteOrigins(): string {
  const url = process.env.STATELAB_SITE_URL;
  return url ? url.split(',').map((u) => new URL(u.trim()).origin).join(',') : '';
}

export function runtimeBuildOptions(outdir: string): esbuild.BuildOptions {
  return {
    // The preview, and the Tests tab's frame beside it (tests.html); they share the vendor chunks.
    entryPoints: { runtime: `${runtimeDir}main.ts`, 'tests-runner': `${runtimeDir}testsMain.ts` },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    chunkNames: 'chunks/[name]-[hash]',
    // @sinonjs/fake-timers (the Tests tab's fake timers) requires Node's util only where a
    // `process` global exists, which the runtime's frames have not.
    external: ['util'],
    // Development builds: readers get React's warnings and readable component names.
    define: {
      'process.env.NODE_ENV': '"development"',
      __STATELAB_SITE_ORIGINS__: JSON.stringify(siteOrigins()),
    },
    logLevel: 'warning',
    // Which library each chunk is, so storage rows can name who wrote (storageWriter.ts).
    plugins: [chunkLibrariesPlugin(outdir)],
  };
}

/** Each file's transpiled module by transpileKey: transpiled.json and the examples' files share most files. */
const transpiledByKey = new Map<string, string | null>();

/**
 * `source` transpiled as the runtime would, once per build for all the files that hold it; null
 * when it does not compile (the runtime reports that file when a reader opens it).
 */
function transpiledOnce(key: string, path: string, source: string): string | null {
  let code = transpiledByKey.get(key);
  if (code === undefined) {
    try {
      code = transpileModule(path, source);
    } catch {
      code = null;
    }
    transpiledByKey.set(key, code);
  }
  return code;
}

/**
 * Every example and mock file transpiled as the runtime would, keyed by path and
 * source: a playground showing the example as written skips the transpile.
 */
async function precompileExamples(): Promise<{ transpiled: Record<string, string>; exampleFiles: Record<string, string[]> }> {
  const out: Record<string, string> = {};
  // Each example's files by the same key: the runtime finds which example a frame runs
  // (for its storage namespace, see storageNamespace.ts) from the files of its first compile.
  const exampleFiles: Record<string, string[]> = {};
  for (const folder of ['playground/examples', 'playground/mocks']) {
    for (const entry of await readdir(`${repoRoot}${folder}`, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const repoPath = `/${folder}${entry.parentPath.slice(`${repoRoot}${folder}`.length)}/${entry.name}`;
      const path = sandboxPath(repoPath);
      if (!path || !isPlaygroundFile(repoPath) || !/\.(m?[jt]sx?)$/.test(path)) continue;
      const source = await readFile(`${repoRoot}${repoPath.slice(1)}`, 'utf8');
      const example = repoPath.match(/^\/playground\/examples\/([^/]+)\//)?.[1];
      const key = transpileKey(path, source);
      if (example) (exampleFiles[example] ??= []).push(key);
      const code = transpiledOnce(key, path, source);
      if (code !== null) out[key] = code;
    }
  }
  return { transpiled: out, exampleFiles };
}

/**
 * One file per example (`examples/<id>.json`): its files as the playground sends them, its entry,
 * and their transpiled modules. A frame that shows one example loads only this (not every
 * example's modules in transpiled.json), and runs it before the page's Sandpack has loaded.
 */
async function writeExampleModules(
  outdir: string,
  examples: ShippedExample[],
  preloadsOf?: (files: Record<string, string>) => string[],
): Promise<void> {
  await mkdir(`${outdir}/examples`, { recursive: true });
  for (const { id, meta } of examples) {
    const files = playgroundFiles(id, meta);
    // The chunks its code will import, for the runtime page to preload (headBoot.ts); not in `astro dev`.
    if (preloadsOf) await writeFile(`${outdir}${examplePreloadsUrl(id)}`, JSON.stringify(preloadsOf(files)));
    const transpiled: Record<string, string> = {};
    for (const [path, source] of Object.entries(files)) {
      if (!/\.(m?[jt]sx?)$/.test(path)) continue;
      const key = transpileKey(path, source);
      const code = transpiledOnce(key, path, source);
      if (code !== null) transpiled[key] = code;
    }
    const modules: ExampleModules = { entry: meta.entry, files, transpiled };
    await writeFile(`${outdir}/examples/${id}.json`, JSON.stringify(modules));
  }
}

/**
 * The static page around the runtime: index.html, the base stylesheet, and the small classic
 * script that sets the preview's theme before the first paint (not a module: those run later).
 */
async function writeRuntimePage(outdir: string): Promise<void> {
  await copyFile(`${runtimeDir}index.html`, `${outdir}/index.html`);
  await copyFile(`${runtimeDir}tests.html`, `${outdir}/tests.html`);
  await copyFile(`${runtimeDir}preview.css`, `${outdir}/preview.css`);
  await esbuild.build({
    entryPoints: { 'head-boot': `${runtimeDir}headBoot.ts` },
    outdir,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
  });
}

/** Builds the playground runtime into `outdir` (index.html + runtime.js + vendor chunks + the chunk map). */
export async function buildRuntime(outdir: string, examples: ShippedExample[]): Promise<void> {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const { metafile } = await esbuild.build({ ...runtimeBuildOptions(outdir), minify: true, metafile: true });
  await writeRuntimePage(outdir);
  const runtimeChunks = staticChunks(metafile!, outdir, '/runtime.js');
  const page = await readFile(`${outdir}/index.html`, 'utf8');
  await writeFile(`${outdir}/index.html`, withModulePreloads(page, runtimeChunks));
  const vendor = vendorChunks(metafile!, outdir);
  const { transpiled, exampleFiles } = await precompileExamples();
  await writeFile(`${outdir}/transpiled.json`, JSON.stringify(transpiled));
  await writeFile(`${outdir}/example-files.json`, JSON.stringify(exampleFiles));
  await writeExampleModules(outdir, examples, (files) => examplePreloads(files, vendor, runtimeChunks, PRELOADED_PACKAGES));
}

/** Serves the runtime from its own port with rebuilds on change, for `astro dev`. */
export async function serveRuntime(outdir: string, port: number, host: string, examples: ShippedExample[]) {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  await writeRuntimePage(outdir);
  await writeFile(`${outdir}/example-files.json`, JSON.stringify((await precompileExamples()).exampleFiles));
  await writeExampleModules(outdir, examples);
  const context = await esbuild.context(runtimeBuildOptions(outdir));
  await context.watch();
  await context.serve({ servedir: outdir, port, host, fallback: `${outdir}/index.html` });
  return { close: () => context.dispose() };
}
