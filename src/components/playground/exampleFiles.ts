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
