import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTypeBundle } from './build/buildTypeBundle.ts';
import { firstDiagnostics } from './build/firstDiagnostics.ts';
import { loadTypeScriptSharingVariances } from './build/sharedVariances.ts';
import { playgroundFiles, shippedExamples } from '../../../../playground/examples/shippedExamples.ts';
import { createTypeChecker, type PlaygroundFiles, type TypeBundle, type TypeChecker } from './checker.ts';

const examples = await shippedExamples();

function errorsOf(checker: TypeChecker, id: string, files: PlaygroundFiles) {
  return Object.keys(files)
    .filter((path) => /\.tsx?$/.test(path))
    .flatMap((file) => checker.check(id, files, file).map((d) => ({ file, message: d.message, text: files[file].slice(d.from, d.to) })));
}

// A type check is CPU-bound: on a busy 2-core machine one can take longer than Vitest's 5 s default.
// The checker as the worker runs it: with the TypeScript that shares variances between checks.
describe('the playground type checker', { timeout: 60_000 }, () => {
  let checker: TypeChecker;
  let bundle: TypeBundle;
  beforeAll(async () => {
    bundle = buildTypeBundle();
    checker = createTypeChecker(await loadTypeScriptSharingVariances(), bundle);
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

  it('re-checks an edited file with the variances its earlier checks measured, and finds what TypeScript unpatched finds', () => {
    const meta = examples.find((e) => e.id === 'types-rtk')!.meta;
    const files = playgroundFiles('types-rtk', meta);
    const plain = createTypeChecker(ts, bundle);
    expect(checker.check('types-rtk-edits', files, '/App.tsx')).toEqual(plain.check('types-rtk-edits', files, '/App.tsx'));
    const fixed = { ...files, '/App.tsx': files['/App.tsx'].replace("statusFilterChanged('done')", "statusFilterChanged('completed')") };
    const before = checker.sharedVariancesUsed();
    expect(checker.check('types-rtk-edits', fixed, '/App.tsx')).toEqual([]);
    expect(checker.sharedVariancesUsed()).toBeGreaterThan(before);
    const broken = { ...files, '/App.tsx': files['/App.tsx'].replace("statusFilterChanged('done')", 'statusFilterChanged(42)') };
    const errors = checker.check('types-rtk-edits', broken, '/App.tsx');
    expect(errors.map((e) => e.message)).toEqual(["Argument of type '42' is not assignable to parameter of type 'StatusFilter'."]);
    expect(errors).toEqual(plain.check('types-rtk-edits', broken, '/App.tsx'));
  });

  it('measures variances afresh once an edit changes a module augmentation', () => {
    const meta = examples.find((e) => e.id === 'types-query')!.meta;
    const files = playgroundFiles('types-query', meta);
    expect(files['/api.ts']).toMatch(/declare module '@tanstack\/react-query'/);
    checker.check('types-query-edits', files, '/App.tsx');
    const comment = (text: string) => ({ ...files, '/App.tsx': `${files['/App.tsx']}\n// ${text}\n` });
    let before = checker.sharedVariancesUsed();
    checker.check('types-query-edits', comment('an edit elsewhere'), '/App.tsx');
    expect(checker.sharedVariancesUsed()).toBeGreaterThan(before);
    const augmented = { ...comment('an edit elsewhere'), '/api.ts': files['/api.ts'].replace('interface Register {', 'interface Register {\n    // edited\n') };
    expect(augmented['/api.ts']).not.toBe(files['/api.ts']);
    before = checker.sharedVariancesUsed();
    checker.check('types-query-edits', augmented, '/App.tsx');
    expect(checker.sharedVariancesUsed()).toBe(before);
  });

  it('answers an example’s first open file, as it ships, from the diagnostics the build stored, and nothing edited', () => {
    const picked = examples.filter(({ id }) => id === 'types-rtk' || id === 'hello-playground');
    const withStored = createTypeChecker(ts, { ...bundle, storedDiagnostics: firstDiagnostics(bundle, picked) });
    for (const { id, meta } of picked) {
      const files = playgroundFiles(id, meta);
      const open = meta.activeFile;
      const checked = checker.check(id, files, open);
      expect(withStored.stored(files, open)).toEqual(checked);
      // Sandpack adds a /package.json, which the check does not read.
      expect(withStored.stored({ ...files, '/package.json': '{"main":"/index.tsx"}' }, open)).toEqual(checked);
      const other = Object.keys(files).find((path) => path !== open && /\.tsx?$/.test(path))!;
      expect(withStored.stored({ ...files, [open]: `${files[open]}\n` }, open)).toBeUndefined();
      expect(withStored.stored({ ...files, [other]: `${files[other]}\n` }, open)).toBeUndefined();
      expect(withStored.stored(files, other)).toBeUndefined();
    }
    const rtk = examples.find(({ id }) => id === 'types-rtk')!;
    expect(withStored.stored(playgroundFiles('types-rtk', rtk.meta), rtk.meta.activeFile)?.map((d) => d.message)).toEqual(
      rtk.meta.typeExercise!.map((e) => e.message),
    );
  });
});
