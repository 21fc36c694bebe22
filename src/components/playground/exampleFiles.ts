import type { ExampleMeta } from '../../../playground/examples/exampleMeta.ts';
import { isSentToPlayground, sandboxPath } from '../../../playground/examples/sandboxPaths.ts';

/** One example as the page hands it to the playground island. */
export interface ExampleBundle {
  id: string;
  meta: ExampleMeta;
  /** Sandbox path → source; example files at the root, the mock backend under /mocks/. */
  files: Record<string, string>;
  /** Changes whenever any file changes: saved edits of an older version are set aside. */
  version: string;
  /**
   * Set in the page's copy of the bundle (`islandBundle`): the mock backend's files this example
   * gets, left out of `files`. The island adds them back from `mockSources.ts` with Sandpack.
   */
  sharedFiles?: string[];
}

/**
 * The bundle as the page's HTML carries it to the island: without the mock backend's files,
 * which are the same for every playground (about 80 KB of source, and more once escaped into an
 * attribute; a page of eight playgrounds was 1.1 MB of HTML). They are named in `sharedFiles`,
 * and the island loads them once per page, with Sandpack (`withSharedFiles`).
 */
export function islandBundle(bundle: ExampleBundle): ExampleBundle {
  const files: Record<string, string> = {};
  const sharedFiles: string[] = [];
  for (const [path, code] of Object.entries(bundle.files)) {
    if (path.startsWith('/mocks/')) sharedFiles.push(path);
    else files[path] = code;
  }
  return sharedFiles.length ? { ...bundle, files, sharedFiles } : bundle;
}

/** The whole bundle again, from the page's copy and the mock backend's sources by sandbox path. */
export function withSharedFiles(bundle: ExampleBundle, sources: Record<string, string>): ExampleBundle {
  if (!bundle.sharedFiles) return bundle;
  const files = { ...bundle.files };
  for (const path of bundle.sharedFiles) {
    const code = sources[path];
    if (code === undefined) throw new Error(`Example "${bundle.id}" needs ${path}, which the mock backend's sources don't have.`);
    files[path] = code;
  }
  const { sharedFiles: _, ...rest } = bundle;
  return { ...rest, files };
}

const sources = import.meta.glob<string>(['/playground/examples/*/**/*', '/playground/mocks/**/*.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const metas = import.meta.glob<{ default: ExampleMeta }>('/playground/examples/*/meta.ts', { eager: true });

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

export function exampleIds(): string[] {
  return Object.keys(metas).map((path) => path.split('/')[3]);
}

/** Reads `playground/examples/<id>/` at build time. */
export function loadExample(id: string): ExampleBundle {
  const meta = metas[`/playground/examples/${id}/meta.ts`]?.default;
  if (!meta) throw new Error(`<Playground example="${id}">: no playground/examples/${id}/meta.ts. Known examples: ${exampleIds().join(', ')}`);
  const files: Record<string, string> = {};
  for (const [path, code] of Object.entries(sources)) {
    const wanted = path.startsWith(`/playground/examples/${id}/`) || (meta.mockBackend && path.startsWith('/playground/mocks/'));
    if (wanted && isSentToPlayground(path, Boolean(meta.tests))) files[sandboxPath(path)!] = code;
  }
  for (const path of [meta.entry, meta.activeFile, ...meta.visibleFiles]) {
    if (!(path in files)) throw new Error(`Example "${id}": meta names ${path}, which is not in the folder.`);
  }
  const version = hash(JSON.stringify(Object.entries(files).sort(([a], [b]) => a.localeCompare(b))));
  return { id, meta, files, version };
}
