// npm run new:example <id> [title]: scaffolds playground/examples/<id>/ and says what to do next.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { exampleFiles } from './templates.ts';

const EXAMPLES = join(import.meta.dirname, '../../playground/examples');
const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Writes the example folder; returns its path. Throws a clear message for a bad or taken id. */
export function scaffoldExample(id: string, title: string, examplesDir = EXAMPLES): string {
  if (!ID.test(id)) throw new Error(`"${id}" is not a usable example id: use lower-case words joined by dashes, like "query-pagination".`);
  const dir = join(examplesDir, id);
  if (existsSync(dir)) throw new Error(`playground/examples/${id}/ already exists: pick another id or edit that example.`);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(exampleFiles(id, title))) writeFileSync(join(dir, name), text);
  return dir;
}

if (import.meta.main) {
  const [id, ...titleWords] = process.argv.slice(2);
  if (!id) {
    console.error('Usage: npm run new:example <id> [title]   e.g. npm run new:example query-pagination "Paginated tasks"');
    process.exit(2);
  }
  const title = titleWords.join(' ') || id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  try {
    const dir = scaffoldExample(id, title);
    const where = relative(process.cwd(), dir);
    console.log(`Created ${where}/ (meta.ts, index.tsx, App.tsx, api.ts, ${id}.test.ts).

Next:
  1. Write the pattern in App.tsx and api.ts (add files as you need; list the ones readers should see in meta.ts visibleFiles).
  2. Update meta.ts: title, and firstData (text the preview shows once its first data has loaded).
  3. Test its behaviour, failure paths included, in ${id}.test.ts:   npx vitest run --project unit ${where}
  4. Embed it in a guide:   <Playground example="${id}" />   and preview it alone at /examples/${id}/ (npm run dev).
  5. npm test runs every gate on it: type-check, Node tests, boots in Chromium, no outdated API.`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
