import { writeFile } from 'node:fs/promises';
import { sitePathOf } from './modulePreloads.ts';
import type { Metafile, Plugin } from 'esbuild';
import { CHUNK_LIBRARIES_FILE, type ChunkLibraries, type ChunkLibrary } from '../../probes/storageWriter.ts';

interface PersistenceLibrary {
  /** The writer's name on storage rows. */
  name: string;
  /** Its packages: every package a chunk holding its code may contain. */
  packages: readonly string[];
  /** The package files that persist, where the package does more (Zustand's middleware, Jotai's utils). */
  files?: RegExp;
}

/** The libraries that persist state, by the files their storage writes come from. */
export const PERSISTENCE_LIBRARIES: readonly PersistenceLibrary[] = [
  {
    name: 'TanStack Query persister',
    packages: [
      '@tanstack/react-query-persist-client',
      '@tanstack/query-persist-client-core',
      '@tanstack/query-async-storage-persister',
      '@tanstack/query-sync-storage-persister',
    ],
  },
  { name: 'Zustand persist', packages: ['zustand'], files: /^esm\/middleware\.mjs$/ },
  { name: 'Jotai atomWithStorage', packages: ['jotai'], files: /\/atomWithStorage\.m?js$/ },
  { name: 'idb-keyval', packages: ['idb-keyval'] },
];

/** `node_modules/<package>/<file>` of an input path (the last node_modules in it). */
function packageFile(input: string): { pkg: string; file: string } | undefined {
  const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/((?:(?!node_modules\/).)*)$/.exec(input);
  return match ? { pkg: match[1]!, file: match[2]! } : undefined;
}

/**
 * The library each output chunk's code is: a persistence library when the chunk holds one's
 * files, else its one package. Chunks of the runtime's own code, and chunks mixing packages,
 * name none (their frames are skipped). A persistence library's chunk must hold nothing of
 * another package, or a frame there could be misnamed: the build fails instead.
 */
export function chunkLibraries(metafile: Metafile, outdir: string, workingDir = process.cwd()): ChunkLibraries {
  const result: Record<string, ChunkLibrary> = {};
  for (const [output, { inputs }] of Object.entries(metafile.outputs)) {
    if (!output.endsWith('.js')) continue;
    const files = Object.keys(inputs).flatMap((input) => packageFile(input) ?? []);
    const packages = new Set(files.map((f) => f.pkg));
    const path = sitePathOf(output, outdir, workingDir);
    const persistence = PERSISTENCE_LIBRARIES.find((library) =>
      files.some((f) => library.packages.includes(f.pkg) && (!library.files || library.files.test(f.file))),
    );
    if (persistence) {
      const others = [...packages].filter((pkg) => !persistence.packages.includes(pkg));
      if (others.length > 0) {
        throw new Error(`${path} holds ${persistence.name} with ${others.join(', ')}: storage rows could not tell their writers apart`);
      }
      result[path] = { name: persistence.name, persistence: true };
    } else if (packages.size === 1) {
      result[path] = { name: [...packages][0]! };
    }
  }
  return result;
}

/** Writes the chunk map next to the runtime after every build (and every rebuild in `astro dev`). */
export function chunkLibrariesPlugin(outdir: string): Plugin {
  return {
    name: 'statelab-chunk-libraries',
    setup(build) {
      build.initialOptions.metafile = true;
      build.onEnd(async (result) => {
        if (!result.metafile) return;
        const workingDir = build.initialOptions.absWorkingDir ?? process.cwd();
        await writeFile(`${outdir}/${CHUNK_LIBRARIES_FILE}`, JSON.stringify(chunkLibraries(result.metafile, outdir, workingDir)));
      });
    },
  };
}
