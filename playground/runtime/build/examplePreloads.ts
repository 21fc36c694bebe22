import { readFileSync } from 'node:fs';
import type { Metafile } from 'esbuild';
import { sitePathOf, staticChunks } from './modulePreloads.ts';

const VENDOR_MODULES_INPUT = 'playground/runtime/vendorModules.ts';

/** `vendorModules.ts`'s table, specifier → the import it loads, as written (`'react'`, `'../probes/instrumented/redux.ts'`). */
export function vendorImports(source: string): Map<string, string> {
  const table = new Map<string, string>();
  for (const match of source.matchAll(/^\s*(?:'([^']+)'|([\w$]+)):\s*\(\)\s*=>\s*import\('([^']+)'\)/gm)) {
    table.set(match[1] ?? match[2]!, match[3]!);
  }
  return table;
}

/** The packages a playground's files import (not types, not its own files), e.g. `react-dom/client`, `msw`. */
export function importedPackages(files: Record<string, string>): Set<string> {
  const packages = new Set<string>();
  const pattern = /\bimport\s+(type\s)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\bimport\s+['"]([^'"]+)['"]|\bexport\s+[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g;
  for (const [path, code] of Object.entries(files)) {
    if (!/\.(m?[jt]sx?)$/.test(path)) continue;
    for (const match of code.matchAll(pattern)) {
      if (match[1]) continue;
      const specifier = match[2] ?? match[3] ?? match[4] ?? match[5]!;
      if (!/^[./]|^@\//.test(specifier)) packages.add(specifier);
    }
  }
  return packages;
}

/**
 * For each specifier of the vendor table: the chunk it loads, and the chunks that one imports,
 * as site paths. From the runtime build's metafile, whose vendorModules.ts input lists each
 * dynamic import with the specifier as written (`original`).
 */
export function vendorChunks(metafile: Metafile, outdir: string, workingDir = process.cwd()): Map<string, string[]> {
  const table = vendorImports(readFileSync(`${workingDir}/${VENDOR_MODULES_INPUT}`, 'utf8'));
  const input = metafile.inputs[VENDOR_MODULES_INPUT];
  if (!input) throw new Error(`${VENDOR_MODULES_INPUT} is not among the runtime build's inputs`);
  const outputOf = new Map(Object.entries(metafile.outputs).flatMap(([output, { entryPoint }]) => (entryPoint ? [[entryPoint, output]] : [])));
  const chunks = new Map<string, string[]>();
  for (const [specifier, target] of table) {
    const resolved = input.imports.find((imported) => imported.kind === 'dynamic-import' && imported.original === target)?.path;
    const output = resolved && outputOf.get(resolved);
    if (!output) throw new Error(`vendorModules.ts loads '${specifier}' from ${target}, which the build did not emit as a chunk`);
    const path = sitePathOf(output, outdir, workingDir);
    chunks.set(specifier, [path, ...staticChunks(metafile, outdir, path, workingDir)]);
  }
  return chunks;
}

/**
 * The chunks a playground needs beyond the runtime's own (which index.html preloads): those of
 * every package its files import, and of `always` (what the runtime loads for every frame).
 * The runtime page preloads them as soon as it knows its example (headBoot.ts).
 */
export function examplePreloads(
  files: Record<string, string>,
  chunks: Map<string, string[]>,
  runtimeChunks: readonly string[],
  always: readonly string[],
): string[] {
  const wanted = new Set<string>();
  for (const specifier of [...always, ...importedPackages(files)]) for (const chunk of chunks.get(specifier) ?? []) wanted.add(chunk);
  for (const chunk of runtimeChunks) wanted.delete(chunk);
  return [...wanted].sort();
}
