import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '../../..');
const FENCE = /^```(tsx?)([^\n]*)\n([\s\S]*?)^```/gm;
/** Where extracted blocks are written when a test runs one (ignored by git). */
const BLOCKS_DIR = join(ROOT, '.guide-blocks');

export interface CodeBlock {
  page: string;
  line: number;
  fileName: string;
  code: string;
}

/** Every ```ts / ```tsx block of the guides, except those marked `nocheck` (deliberate fragments). */
export function guideCodeBlocks(): CodeBlock[] {
  const pages = readdirSync(join(ROOT, 'content'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
  return pages.flatMap((page) => {
    const text = readFileSync(join(ROOT, page), 'utf8');
    return [...text.matchAll(FENCE)]
      .filter(([, , meta]) => !/\bnocheck\b/.test(meta))
      .map(([, lang, , code], n, all) => {
        const line = text.slice(0, all[n].index).split('\n').length;
        const name = page.replace(/[^a-z0-9]+/gi, '_');
        // Each block is its own module, as if it were a file in the reader's app.
        const module = /^\s*(import|export)\s/m.test(code) ? code : `${code}\nexport {};\n`;
        return { page, line, fileName: join(BLOCKS_DIR, `${name}_${line}.${lang}`), code: module };
      });
  });
}

/** Top-level functions, classes and constants a block declares, exported or not. */
export function declaredNames(block: CodeBlock): string[] {
  return [...block.code.matchAll(/^(?:export\s+)?(?:async\s+)?(?:function|class|const|let)\s+([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]);
}

let imports = 0;

/**
 * Writes the block, unchanged, to a file with `names` re-exported, and imports it: the
 * test runs the guide's own code, not a copy. Its imports resolve as the examples' do.
 */
export async function importBlock<T = Record<string, unknown>>(block: CodeBlock, names: string[]): Promise<T> {
  mkdirSync(BLOCKS_DIR, { recursive: true });
  // A new file name each time: every import is a fresh module, with fresh module state.
  const fileName = block.fileName.replace(/\.(tsx?)$/, `.run${++imports}.$1`);
  writeFileSync(fileName, `${block.code}\nexport { ${names.map((n) => `${n} as __${n}`).join(', ')} };\n`);
  let module: Record<string, unknown>;
  try {
    module = (await import(/* @vite-ignore */ fileName)) as Record<string, unknown>;
  } finally {
    rmSync(fileName, { force: true });
  }
  return Object.fromEntries(names.map((n) => [n, module[`__${n}`]])) as T;
}
