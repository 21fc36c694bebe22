import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExampleMeta } from '../../../../playground/examples/exampleMeta.ts';
import { isSentToPlayground, sandboxPath } from '../../../../playground/examples/sandboxPaths.ts';
import { buildTypeBundle } from './build/buildTypeBundle.ts';
import { createTypeChecker, type PlaygroundFiles, type TypeChecker } from './checker.ts';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const examplesDir = join(repoRoot, 'playground/examples');

function filesUnder(repoDir: string): string[] {
  return readdirSync(join(repoRoot, repoDir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${repoDir}${entry.parentPath.slice(join(repoRoot, repoDir).length)}/${entry.name}`);
}

/** An example's files as its playground holds them (the page does the same with import.meta.glob). */
function playgroundFiles(id: string, meta: ExampleMeta): PlaygroundFiles {
  const paths = [...filesUnder(`playground/examples/${id}`), ...(meta.mockBackend ? filesUnder('playground/mocks') : [])];
  return Object.fromEntries(
    paths.filter((path) => isSentToPlayground(path, Boolean(meta.tests)) && sandboxPath(path)).map((path) => [sandboxPath(path)!, readFileSync(join(repoRoot, path), 'utf8')]),
  );
}

const examples = await Promise.all(
  readdirSync(examplesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(examplesDir, entry.name, 'meta.ts')))
    .map(async ({ name }) => ({ id: name, meta: ((await import(`../../../../playground/examples/${name}/meta.ts`)) as { default: ExampleMeta }).default })),
);

function errorsOf(checker: TypeChecker, id: string, files: PlaygroundFiles) {
  return Object.keys(files)
    .filter((path) => /\.tsx?$/.test(path))
    .flatMap((file) => checker.check(id, files, file).map((d) => ({ file, message: d.message, text: files[file].slice(d.from, d.to) })));
}

// A type check is CPU-bound: on a busy 2-core machine one can take longer than Vitest's 5 s default.
describe('the playground type checker', { timeout: 60_000 }, () => {
  let checker: TypeChecker;
  beforeAll(() => {
    checker = createTypeChecker(ts, buildTypeBundle());
  }, 60_000);

  it.each(examples)('$id type-checks with exactly the errors its meta declares', ({ id, meta }) => {
    const errors = errorsOf(checker, id, playgroundFiles(id, meta));
    const expected = meta.typeExercise ?? [];
    expect(errors.map(({ file, message }) => ({ file, message })), JSON.stringify(errors, null, 2)).toEqual(
      expected.map(({ file, message }) => ({ file, message: expect.stringContaining(message) })),
    );
  }, 60_000);

  it('finds a wrong payload type in one file of a multi-file example, with TypeScript’s message', () => {
    const meta = examples.find((e) => e.id === 'rtk-entities')!.meta;
    const files = playgroundFiles('rtk-entities', meta);
    expect(files['/App.tsx']).toContain('dispatch(projectSelected(id))');
    const broken = { ...files, '/App.tsx': files['/App.tsx'].replace('dispatch(projectSelected(id))', 'dispatch(projectSelected(42))') };
    const errors = checker.check('rtk-entities', broken, '/App.tsx');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe("Argument of type 'number' is not assignable to parameter of type 'string'.");
    expect(broken['/App.tsx'].slice(errors[0].from, errors[0].to)).toBe('42');
    expect(checker.check('rtk-entities', files, '/App.tsx')).toEqual([]);
  });

  it('follows a change in one file to the errors of a file that imports it', () => {
    const meta = examples.find((e) => e.id === 'rtk-entities')!.meta;
    const files = playgroundFiles('rtk-entities', meta);
    const slice = files['/projectsSlice.ts'];
    const renamed = slice.replace(/export const \{ projectSelected \}/, 'export const { projectSelected: projectPicked }');
    expect(renamed).not.toBe(slice);
    const errors = checker.check('rtk-entities', { ...files, '/projectsSlice.ts': renamed }, '/App.tsx');
    expect(errors.map((e) => e.message), JSON.stringify(errors)).toContain(
      `'"./projectsSlice"' has no exported member named 'projectSelected'. Did you mean 'projectsSlice'?`,
    );
  });

  it('resolves @/mocks/… to the mock backend’s files and shows their types on hover', () => {
    const meta = examples.find((e) => e.id === 'rtk-entities')!.meta;
    const files = playgroundFiles('rtk-entities', meta);
    const code = files['/boardApi.ts'];
    const hover = checker.hover('rtk-entities', files, '/boardApi.ts', code.indexOf('API_BASE_URL'));
    expect(hover?.type).toMatch(/^\(alias\) const API_BASE_URL: /);
    const misspelt = { ...files, '/boardApi.ts': code.replace("from '@/mocks/browser'", "from '@/mocks/browsr'") };
    expect(checker.check('rtk-entities', misspelt, '/boardApi.ts').map((e) => e.message)).toContain(
      "Cannot find module '@/mocks/browsr' or its corresponding type declarations.",
    );
  });

  it('hovering a selector shows its inferred type', () => {
    const meta = examples.find((e) => e.id === 'rtk-entities')!.meta;
    const files = playgroundFiles('rtk-entities', meta);
    const code = files['/projectsSlice.ts'];
    const hover = checker.hover('rtk-entities', files, '/projectsSlice.ts', code.lastIndexOf('selectSelectedProjectId'));
    expect(hover?.type).toMatch(/^const selectSelectedProjectId: Selector<\{\s+projects: \{\s+selectedId: string \| null;\s+\};\s+\}, string \| null, \[\]>/);
  });

  it('reads the mock backend from its declarations while the playground’s mock files are unchanged', () => {
    const meta = examples.find((e) => e.id === 'rtk-entities')!.meta;
    const files = playgroundFiles('rtk-entities', meta);
    expect(checker.check('rtk-entities', files, '/boardApi.ts')).toEqual([]);
    const parsed = checker.programFiles('rtk-entities');
    expect(parsed).toContain('/mocks/browser.d.ts');
    expect(parsed.filter((path) => /^\/mocks\/.*(?<!\.d)\.ts$/.test(path))).toEqual([]);
  });

  it('checks against the mock sources once a mock file is edited, so what is checked is what runs', () => {
    const meta = examples.find((e) => e.id === 'rtk-entities')!.meta;
    const files = playgroundFiles('rtk-entities', meta);
    const edited = { ...files, '/mocks/routes.ts': files['/mocks/routes.ts'].replace('export const API_BASE_URL =', 'export const API_ROOT =') };
    expect(edited['/mocks/routes.ts']).not.toBe(files['/mocks/routes.ts']);
    expect(checker.check('rtk-entities', edited, '/boardApi.ts').map((e) => e.message)).toContainEqual(
      "Module '\"@/mocks/browser\"' has no exported member 'API_BASE_URL'.",
    );
    expect(checker.programFiles('rtk-entities')).toContain('/mocks/routes.ts');
    // Back to the shipped mocks: back to their declarations, and clean.
    expect(checker.check('rtk-entities', files, '/boardApi.ts')).toEqual([]);
    expect(checker.programFiles('rtk-entities')).not.toContain('/mocks/routes.ts');
  });

  it('shows a DOM API’s type without its MDN prose (lib files are parsed without JSDoc) and keeps a package’s docs', () => {
    const meta = examples.find((e) => e.id === 'rtk-entities')!.meta;
    const files = playgroundFiles('rtk-entities', meta);
    const code = files['/index.tsx'];
    const dom = checker.hover('rtk-entities', files, '/index.tsx', code.indexOf('getElementById'));
    expect(dom?.type).toMatch(/^\(method\) Document\.getElementById\(elementId: string\): HTMLElement \| null$/);
    expect(dom?.documentation).toBe('');
    const react = checker.hover('rtk-entities', files, '/index.tsx', code.indexOf('createRoot'));
    expect(react?.documentation).not.toBe('');
  });
});
