import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as esbuild from 'esbuild';
import { buildTypeBundle } from './buildTypeBundle.ts';
import { firstDiagnostics } from './firstDiagnostics.ts';
import { shareVariances } from './sharedVariances.ts';
import { shippedExamples } from '../../../../../playground/examples/shippedExamples.ts';

// The examples' meta files are imported while Astro loads its config: the module runner that
// loads them is closed by the time the hooks run.
const examples = await shippedExamples();

/** Where the site serves the type checker: its own origin, under this folder. */
const BASE = '/typecheck/';

interface Asset {
  url: string;
  contentType: string;
  text: string;
}

function hashed(name: string, extension: string, text: string): string {
  return `${BASE}${name}-${createHash('sha256').update(text).digest('hex').slice(0, 10)}.${extension}`;
}

/**
 * The worker (TypeScript's language service, bundled) and the JSON of lib and package
 * `.d.ts` the page fetches for it, both named by their content so a new build never meets a stale copy.
 */
async function buildTypeCheckAssets(command: 'dev' | 'build'): Promise<{ worker: Asset; types: Asset }> {
  const bundle = buildTypeBundle();
  if (command === 'build') bundle.storedDiagnostics = firstDiagnostics(bundle, examples);
  const typesText = JSON.stringify(bundle);
  const types = { url: hashed('types', 'json', typesText), contentType: 'application/json', text: typesText };
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(new URL('../worker.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    // TypeScript reaches for these only when it runs under Node, which a worker is not.
    external: ['crypto', 'fs', 'inspector', 'os', 'path', 'perf_hooks'],
    logLevel: 'warning',
    plugins: [
      {
        // The worker's TypeScript shares generic types' variances between checks (see sharedVariances.ts).
        name: 'statelab-shared-variances',
        setup(build) {
          build.onLoad({ filter: /[\\/]typescript[\\/]lib[\\/]typescript\.js$/ }, async ({ path }) => ({
            contents: shareVariances(await readFile(path, 'utf8')),
            loader: 'js',
          }));
        },
      },
    ],
  });
  const workerText = result.outputFiles[0].text;
  return { worker: { url: hashed('worker', 'js', workerText), contentType: 'text/javascript', text: workerText }, types };
}

/**
 * Builds the playground editor's type checker at `astro dev`/`astro build` and serves it
 * from the site: the page's code learns the worker's URL through a Vite define, and loads
 * it only when a reader focuses an editor (see useTypeCheckExtensions.ts).
 */
export function typeCheckWorker(): AstroIntegration {
  let assets: { worker: Asset; types: Asset } | undefined;
  return {
    name: 'statelab-typecheck-worker',
    hooks: {
      'astro:config:setup': async ({ command, updateConfig }) => {
        if (command !== 'dev' && command !== 'build') return;
        assets = await buildTypeCheckAssets(command);
        updateConfig({
          vite: {
            define: {
              __STATELAB_TYPECHECK_WORKER__: JSON.stringify(assets.worker.url),
              __STATELAB_TYPECHECK_TYPES__: JSON.stringify(assets.types.url),
            },
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const asset = [assets?.worker, assets?.types].find((a) => a && req.url === a.url);
          if (!asset) return next();
          res.setHeader('content-type', asset.contentType);
          res.end(asset.text);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!assets) return;
        for (const asset of [assets.worker, assets.types]) {
          const file = new URL(`.${asset.url}`, dir);
          await mkdir(new URL('.', file), { recursive: true });
          await writeFile(file, asset.text);
        }
        logger.info(`Type checker: ${assets.worker.url} (${kb(assets.worker.text)}), ${assets.types.url} (${kb(assets.types.text)})`);
      },
    },
  };
}

function kb(text: string): string {
  return `${Math.round(Buffer.byteLength(text) / 1024)} kB`;
}
