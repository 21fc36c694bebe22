import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../../..');
const FENCE = /^```(tsx?)[^\n]*\n([\s\S]*?)^```/gm;

/**
 * Imports a guide's code block as a module, as the guide prints it: the first ```ts/```tsx
 * block of `page` (relative to the repository) that contains `marker` is written to a
 * temporary file beside the tests (so `@/mocks/…` and the packages resolve as for the
 * examples) and imported. `cleanup` deletes the file.
 */
export async function importGuideSnippet<T>(page: string, marker: string): Promise<{ module: T; cleanup: () => void }> {
  const blocks = [...readFileSync(join(ROOT, page), 'utf8').matchAll(FENCE)];
  const block = blocks.find(([, , code]) => code!.includes(marker));
  if (!block) throw new Error(`${page} has no code block containing ${marker}`);
  const dir = mkdtempSync(join(import.meta.dirname, '.snippet-'));
  const file = join(dir, `snippet.${block[1]}`);
  writeFileSync(file, block[2]!);
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    return { module: (await import(/* @vite-ignore */ file)) as T, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}
