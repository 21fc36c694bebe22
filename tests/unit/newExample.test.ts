import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { scaffoldExample } from '../../scripts/newExample/main.ts';

const ROOT = join(import.meta.dirname, '../..');
// Inside the repository, so the generated files resolve packages and `@/mocks` as real examples do.
// A stand-in for playground/examples/ (dot-named, so no suite mistakes it for an example) with the shared meta module.
const examplesDir = mkdtempSync(join(ROOT, 'playground/examples/.scaffold-test-'));
copyFileSync(join(ROOT, 'playground/examples/exampleMeta.ts'), join(examplesDir, 'exampleMeta.ts'));

describe('npm run new:example', () => {
  afterAll(() => rmSync(examplesDir, { recursive: true, force: true }));

  it('writes meta, entry, app, api and a Node test', () => {
    const dir = scaffoldExample('query-pagination', 'Paginated tasks', examplesDir);
    expect(readdirSync(dir).sort()).toEqual(['App.tsx', 'api.ts', 'index.tsx', 'meta.ts', 'query-pagination.test.ts']);
  });

  // Building a TypeScript program over the project's types takes several seconds.
  it('generates code that type-checks with the project', { timeout: 60_000 }, () => {
    const dir = join(examplesDir, 'query-pagination');
    const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
    const program = ts.createProgram(readdirSync(dir).map((f) => join(dir, f)), { ...config.options, noEmit: true });
    const errors = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName.startsWith(dir));
    expect(errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  });

  it('generates a Node test whose behaviour holds against the mock backend', async () => {
    const { fetchProjects } = await import(join(examplesDir, 'query-pagination', 'api.ts'));
    const { startMockBackend } = await import('../../playground/mocks/node.ts');
    const backend = startMockBackend();
    try {
      expect((await fetchProjects(1))[0].name).toBe('Accessibility Cleanup');
    } finally {
      backend.stop();
    }
  });

  it('refuses a bad or taken id with a clear message', () => {
    expect(() => scaffoldExample('Bad Id', 'x', examplesDir)).toThrow(/lower-case words joined by dashes/);
    expect(() => scaffoldExample('query-pagination', 'x', examplesDir)).toThrow(/already exists/);
  });
});
