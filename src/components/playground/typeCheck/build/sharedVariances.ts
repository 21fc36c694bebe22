/**
 * A small patch to the TypeScript the worker bundles, so a playground's checks share the variances
 * of the packages' generic types instead of working them out again after every keystroke.
 *
 * To relate `Foo<A>` to `Foo<B>`, TypeScript's checker first measures how `Foo` varies with its
 * type parameters (`getVariancesWorker`: it relates marker instantiations of the whole type). For
 * Redux Toolkit, RTK Query and React types that measuring is most of the cost of checking an
 * example's file: about two thirds of an edit's check here. The result depends only on the
 * declarations, but it lives in the checker, and the language service makes a new checker for each
 * new program, i.e. after every edit. With the patch, the checker asks a cache the worker hands it
 * (`ts.setSharedVariances`) before measuring, and offers it what it measured for symbols declared
 * only in declaration files (the cache keeps those of the site's bundled `.d.ts`: see checker.ts).
 * Unpatched TypeScript (Node, the tests' default) has no `setSharedVariances` and measures as before.
 */

/** What the patched checker asks and tells, keyed by the (bound, non-transient) symbol of the generic type. */
export interface SharedVariances {
  get(symbol: object): number[] | undefined;
  set(symbol: object, variances: number[]): void;
}

/** Each piece of `typescript.js` the patch changes, with what it becomes; each must occur exactly once. */
const EDITS: Array<[string, string]> = [
  [
    // The hook, at module scope beside createTypeChecker.
    '\nfunction createTypeChecker(host) {\n',
    '\nvar sharedVariances;\nfunction setSharedVariances(cache) {\n  sharedVariances = cache;\n}\nfunction createTypeChecker(host) {\n',
  ],
  [
    // Exported with the rest of the API.
    '__export(typescript_exports, {\n',
    '__export(typescript_exports, {\n  setSharedVariances: () => setSharedVariances,\n',
  ],
  [
    // Before measuring: a variance already measured for this symbol by an earlier checker.
    '    const links = getSymbolLinks(symbol);\n    if (!links.variances) {\n      (_a = tracing)',
    '    const links = getSymbolLinks(symbol);\n    if (!links.variances && sharedVariances) links.variances = sharedVariances.get(symbol);\n    if (!links.variances) {\n      (_a = tracing)',
  ],
  [
    // After: offer it, for a symbol declared only in declaration files.
    '      links.variances = variances;\n      (_b = tracing)',
    '      links.variances = variances;\n      if (sharedVariances && !(symbol.flags & 33554432 /* Transient */) && symbol.declarations && symbol.declarations.length && symbol.declarations.every((d) => getSourceFileOfNode(d).isDeclarationFile)) sharedVariances.set(symbol, variances);\n      (_b = tracing)',
  ],
];

/** `typescript.js` with the shared variances; throws if this TypeScript's code is not the one the patch knows. */
export function shareVariances(typescriptJs: string): string {
  let text = typescriptJs;
  for (const [from, to] of EDITS) {
    const at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) {
      throw new Error(`sharedVariances: this typescript.js does not have exactly one ${JSON.stringify(from.trim().split('\n')[0])}; check the patch against the installed TypeScript`);
    }
    text = text.slice(0, at) + to + text.slice(at + from.length);
  }
  return text;
}

/**
 * The installed TypeScript with the patch, loaded in Node (the tests check with what the worker
 * runs): written once next to the OS's temporary files, named by the patched code's hash.
 */
export async function loadTypeScriptSharingVariances(): Promise<typeof import('typescript')> {
  const [{ createHash }, { existsSync, readFileSync, writeFileSync }, { createRequire }, { tmpdir }, { join }] = await Promise.all([
    import('node:crypto'),
    import('node:fs'),
    import('node:module'),
    import('node:os'),
    import('node:path'),
  ]);
  const require = createRequire(import.meta.url);
  const patched = shareVariances(readFileSync(require.resolve('typescript'), 'utf8'));
  const file = join(tmpdir(), `statelab-typescript-${createHash('sha256').update(patched).digest('hex').slice(0, 12)}.cjs`);
  if (!existsSync(file)) writeFileSync(file, patched);
  return require(file) as typeof import('typescript');
}
