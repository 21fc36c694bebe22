import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { shippedExamples } from '../../examples/shippedExamples.ts';
import { buildRuntime, serveRuntime } from './buildRuntime.ts';

// Read with the config: Astro's module runner, which imports each meta.ts, is closed by `astro:build:done`.
const examples = await shippedExamples();

/**
 * Builds the playground runtime next to the site (dist-sandbox/, deployed on its
 * own origin) and, in `astro dev`, serves it on the port after the docs site's.
 */
export function sandboxRuntime(): AstroIntegration {
  let root: URL;
  let devServer: { close(): Promise<void> } | undefined;
  return {
    name: 'statelab-sandbox-runtime',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:server:start': async ({ address, logger }) => {
        const port = address.port + 1;
        devServer = await serveRuntime(fileURLToPath(new URL('.sandbox-dev/', root)), port, '127.0.0.1', examples);
        logger.info(`Playground runtime on its own origin: http://127.0.0.1:${port}/`);
      },
      'astro:server:done': async () => {
        await devServer?.close();
      },
      'astro:build:done': async ({ logger }) => {
        await buildRuntime(fileURLToPath(new URL('dist-sandbox/', root)), examples);
        logger.info('Playground runtime built into dist-sandbox/');
      },
    },
  };
}
