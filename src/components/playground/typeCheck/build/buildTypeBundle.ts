import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { availableVendorModules } from '../../../../../playground/runtime/vendorModules.ts';
import { isPlaygroundFile, sandboxPath } from '../../../../../playground/examples/sandboxPaths.ts';
import { LIB_DIR, sourceHash, type TypeBundle } from '../checker.ts';

const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
const require = createRequire(import.meta.url);

type RawOptions = Record<string, unknown>;

const VITEST_TYPES: Record<string, string> = {
  '/node_modules/vitest/package.json': JSON.stringify({ name: 'vitest', types: 'index.d.ts' }),
  '/node_modules/vitest/index.d.ts': readFileSync(join(repoRoot, 'playground/runtime/testing/vitestTypes.d.ts'), 'utf8'),
};

/** A tsconfig's `compilerOptions` with those of the configs it extends underneath. */
function rawCompilerOptions(configPath: string): RawOptions {
  const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const own = (config.compilerOptions ?? {}) as RawOptions;
  if (typeof config.extends !== 'string') return own;
  const base = config.extends.startsWith('.')
    ? join(dirname(configPath), config.extends)
    : require.resolve(config.extends, { paths: [dirname(configPath)] });
  return { ...rawCompilerOptions(base), ...own };
}

/**
 * The site's compiler options (tsconfig.json) as a playground sees them: files at the
 * root, `@/mocks/*` at `/mocks/*` as the runtime maps it, and no Node types (the code
 * runs in a browser).
 */
export function playgroundCompilerOptions(): RawOptions {
  const options = rawCompilerOptions(join(repoRoot, 'tsconfig.json'));
  return { ...options, types: [], baseUrl: '/', paths: { '@/mocks/*': ['./mocks/*'] }, noEmit: true };
}

/** The mock backend's files as a playground holds them: `/mocks/browser.ts` → its text. */
function mockFiles(): Record<string, string> {
  const dir = join(repoRoot, 'playground/mocks');
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const repoPath = `/playground/mocks${entry.parentPath.slice(dir.length)}/${entry.name}`;
    const path = sandboxPath(repoPath);
    if (path && isPlaygroundFile(repoPath)) out[path] = readFileSync(join(repoRoot, repoPath), 'utf8');
  }
  return out;
}

/**
 * Every file TypeScript reads to type an import of each package the runtime hands out
 * (`availableVendorModules()`), from the installed node_modules, plus the lib files:
 * exactly what the playground's code can see, at the installed versions.
 */
export function buildTypeBundle(): TypeBundle {
  const compilerOptions = playgroundCompilerOptions();
  const { options } = ts.convertCompilerOptionsFromJson(compilerOptions, '/');
  const entry = '/__packages__.ts';
  const mocks = mockFiles();
  const entryText = availableVendorModules()
    .map((specifier, i) => `import * as m${i} from ${JSON.stringify(specifier)};\nvoid m${i};\n`)
    .join('');
  // `vitest` is the Tests tab's (vitestShim.ts), typed by its own declaration: Vitest's types assume Node.
  const files: Record<string, string> = {};
  const declarations: Record<string, string> = {};
  const real = (path: string) => join(repoRoot, path);
  const read = (path: string): string | undefined => {
    if (path === entry) return entryText;
    if (path in VITEST_TYPES) return VITEST_TYPES[path];
    if (path in mocks) return mocks[path];
    if (path in declarations) return declarations[path];
    if (!path.startsWith('/node_modules/')) return undefined;
    const file = real(path);
    if (!existsSync(file) || !statSync(file).isFile()) return undefined;
    return (files[path] ??= readFileSync(file, 'utf8'));
  };
  const host: ts.CompilerHost = {
    getSourceFile: (path, languageVersion) => {
      const text = read(path);
      return text === undefined ? undefined : ts.createSourceFile(path, text, languageVersion);
    },
    getDefaultLibFileName: (opts) => `${LIB_DIR}/${ts.getDefaultLibFileName(opts)}`,
    writeFile: () => {},
    getCurrentDirectory: () => '/',
    getCanonicalFileName: (path) => path,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    fileExists: (path) =>
      path === entry || path in VITEST_TYPES || path in mocks || path in declarations || (path.startsWith('/node_modules/') && existsSync(real(path)) && statSync(real(path)).isFile()),
    readFile: read,
    directoryExists: (path) =>
      path === '/' || path === '/mocks' || path === '/node_modules/vitest' || (path.startsWith('/node_modules') && existsSync(real(path)) && statSync(real(path)).isDirectory()),
    realpath: (path) => path,
  };
  const describe = (problems: readonly ts.Diagnostic[]) =>
    problems.map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`).join('; ');
  // The mock backend's declarations, which playgrounds are checked against (see TypeBundle.mockSources).
  // A declaration TypeScript cannot write exactly (an inferred type it cannot name) fails the build
  // rather than turning into `any`.
  const mockProgram = ts.createProgram(Object.keys(mocks), { ...options, noEmit: false, declaration: true, emitDeclarationOnly: true }, host);
  const mockProblems = [...ts.getPreEmitDiagnostics(mockProgram), ...mockProgram.getDeclarationDiagnostics()];
  if (mockProblems.length) throw new Error(`Declarations of the mock backend: ${describe(mockProblems)}`);
  mockProgram.emit(undefined, (path, text) => (declarations[path] = text), undefined, true);
  for (const path of Object.keys(mocks)) {
    if (!(path.replace(/\.ts$/, '.d.ts') in declarations)) throw new Error(`No declarations emitted for ${path}`);
  }
  // What TypeScript reads for the packages and for the mock declarations (their imports of MSW and
  // Yjs types), afresh: the mock sources' own reads (MSW's internals) are not needed.
  for (const path of Object.keys(files)) delete files[path];
  const program = ts.createProgram([entry, ...Object.keys(declarations)], options, host);
  const problems = ts.getPreEmitDiagnostics(program);
  if (problems.length) throw new Error(`Types of the runtime's packages: ${describe(problems)}`);
  Object.assign(files, VITEST_TYPES, declarations);
  // Sorted, so the bundle (and its hash) changes only when what TypeScript reads changes.
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
  const mockSources = Object.fromEntries(Object.keys(mocks).sort().map((path) => [path, sourceHash(mocks[path])]));
  return { compilerOptions, files: sorted, mockSources };
}
