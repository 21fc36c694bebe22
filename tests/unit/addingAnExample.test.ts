// "Adding an example" (content/docs/contributing/adding-an-example.mdx) shows the scaffold's files
// and documents the mock backend's options: both are checked against the code, so neither drifts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleFiles } from '../../scripts/newExample/templates.ts';

const ROOT = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const page = read('content/docs/contributing/adding-an-example.mdx');

/** The fenced block whose title is `title`. */
function block(title: string): string | undefined {
  const match = new RegExp('^```\\w+[^\\n]*title="' + title.replace(/[.]/g, '\\.') + '"\\n([\\s\\S]*?)^```', 'm').exec(page);
  return match?.[1];
}

/** The field names of an exported interface. */
function fields(source: string, name: string): string[] {
  const body = new RegExp(`export interface ${name}[^{]*\\{([\\s\\S]*?)\\n\\}`).exec(source)![1]!;
  return [...body.matchAll(/^\s{2}(?:readonly )?(\w+)\??:/gm)].map((match) => match[1]!);
}

describe('the "Adding an example" page', () => {
  const generated = exampleFiles('query-pagination', 'Paginated tasks');

  it.each(['meta.ts', 'index.tsx'])('shows the scaffold’s %s as the scaffold writes it', (file) => {
    expect(block(`playground/examples/query-pagination/${file}`)).toBe(generated[file]);
  });

  it('documents every option of startMockBackend', () => {
    const options = [
      ...fields(read('playground/mocks/backend.ts'), 'MockBackendOptions'),
      ...fields(read('playground/mocks/browser.ts'), 'BrowserStartOptions'),
    ];
    expect(options).toEqual(expect.arrayContaining(['seed', 'faults', 'secondUser', 'quiet']));
    const table = page.slice(page.indexOf('## The mock backend'), page.indexOf('## Run its tests'));
    expect(options.filter((option) => !table.includes(`\`${option}\``))).toEqual([]);
  });

  it('points at files that exist: the sidebar, the vendor modules, the example tests', () => {
    for (const path of ['src/navigation/sidebar.ts', 'playground/runtime/vendorModules.ts', 'tests/e2e/examples.test.ts', 'playground/mocks/README.md']) {
      expect(page, path).toContain(path);
      expect(existsSync(join(ROOT, path)), path).toBe(true);
    }
    expect(read('playground/runtime/vendorModules.ts')).toMatch(/const loaders: Record</);
  });
});
