import { relative, resolve } from 'node:path';
import type { Metafile } from 'esbuild';

/** An esbuild output path (relative to the working directory) as the runtime's site path, `/chunks/…`. */
export function sitePathOf(output: string, outdir: string, workingDir = process.cwd()): string {
  return `/${relative(outdir, resolve(workingDir, output)).split('\\').join('/')}`;
}

/**
 * Every chunk `entry` imports statically, directly or not, as site paths (`/chunks/…`). Listed
 * in the runtime page as modulepreloads, they load in parallel with runtime.js instead of one
 * level at a time as the browser discovers each chunk's imports.
 */
export function staticChunks(metafile: Metafile, outdir: string, entry: string, workingDir = process.cwd()): string[] {
  const sitePath = (output: string) => sitePathOf(output, outdir, workingDir);
  const byPath = new Map(Object.keys(metafile.outputs).map((output) => [sitePath(output), output]));
  const start = byPath.get(entry);
  if (!start) throw new Error(`${entry} is not among the build's outputs`);
  const seen = new Set<string>();
  const visit = (output: string) => {
    for (const imported of metafile.outputs[output]!.imports) {
      if (imported.kind !== 'import-statement' || imported.external || seen.has(imported.path)) continue;
      seen.add(imported.path);
      visit(imported.path);
    }
  };
  visit(start);
  return [...seen].map(sitePath).sort();
}

/** The runtime page with a modulepreload for each of `chunks`, at the end of its <head>. */
export function withModulePreloads(html: string, chunks: string[]): string {
  const links = chunks.map((chunk) => `    <link rel="modulepreload" href="${chunk}" />\n`).join('');
  if (!html.includes('</head>')) throw new Error('The runtime page has no </head>');
  return html.replace('  </head>', `${links}  </head>`);
}
