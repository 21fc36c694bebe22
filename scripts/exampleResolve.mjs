// Module resolution as the playground and Vitest do it, for plain `node` scripts that run
// example code: `@/mocks/browser` and `@/mocks/node` are the Node entry of the mock backend,
// and a relative import without an extension finds its `.ts` file.
// Use: `import { register } from 'node:module'; register('./exampleResolve.mjs', import.meta.url);`
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MOCKS_NODE = new URL('../playground/mocks/node.ts', import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier === '@/mocks/browser' || specifier === '@/mocks/node') return next(MOCKS_NODE, context);
  if ((specifier.startsWith('./') || specifier.startsWith('../')) && !/\.[cm]?[jt]sx?$/.test(specifier) && context.parentURL) {
    const candidate = new URL(`${specifier}.ts`, context.parentURL);
    if (existsSync(fileURLToPath(candidate))) return next(candidate.href, context);
  }
  return next(specifier, context);
}
