import type * as TS from 'typescript';
import type { SharedVariances } from './build/sharedVariances.ts';

/**
 * What the site serves for the type checker, made at build time (see buildTypeBundle.ts):
 * the root tsconfig's compiler options as the playground sees them, and every `.d.ts` and
 * `package.json` TypeScript reads to type the packages the runtime hands out, with the lib
 * files, keyed by their path under a virtual root (`/node_modules/…`).
 */
export interface TypeBundle {
  compilerOptions: Record<string, unknown>;
  files: Record<string, string>;
  /**
   * The mock backend's sources (`/mocks/browser.ts` → its `sourceHash`) whose declarations
   * (`/mocks/browser.d.ts`) are in `files`. A playground whose mock files are exactly these
   * is checked against the declarations: TypeScript then parses ~40 kB of `.d.ts` instead
   * of the backend's ~125 kB of code and the MSW, interceptor and Yjs internals it imports.
   */
  mockSources: Record<string, string>;
  /**
   * TypeScript's diagnostics of each example's first open file as the example ships, worked out
   * by this checker at build time (see firstDiagnostics.ts), keyed by `storedDiagnosticsKey`: what
   * `tsc --incremental` keeps in its build info. A cold language service takes seconds to answer
   * its first check (parsing 3.8 MB of lib and package types, then checking); a reader who focuses
   * an unedited example gets these at once while the worker warms its service. Absent in dev.
   */
  storedDiagnostics?: Record<string, TypeDiagnostic[]>;
}

export interface TypeDiagnostic {
  from: number;
  to: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface TypeHover {
  from: number;
  to: number;
  /** TypeScript's quick info, e.g. `const selectVisible: (state: RootState) => Task[]`. */
  type: string;
  documentation: string;
}

/** A playground's files by sandbox path (`/App.tsx`, `/mocks/browser.ts`). */
export type PlaygroundFiles = Record<string, string>;

export const LIB_DIR = '/node_modules/typescript/lib';

/** A short hash of a file's text (FNV-1a, 32 bits), to tell an unchanged mock file from an edited one. */
export function sourceHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}

/** The files a check reads: scripts and JSON, without the `/package.json` Sandpack adds. */
const CHECKED = /\.(tsx?|jsx?|json)$/;

/** What stored diagnostics are keyed by: `file` and every file TypeScript can read in the playground. */
export function storedDiagnosticsKey(files: PlaygroundFiles, file: string): string {
  const read = Object.keys(files)
    .filter((path) => CHECKED.test(path) && path !== '/package.json')
    .sort()
    .map((path) => `${path}\0${files[path]}`);
  return `${file} ${sourceHash(read.join('\0'))}`;
}

/**
 * Whether a playground's files hold the mock backend exactly as the bundle declares it:
 * then its `/mocks/*.ts` are left out and TypeScript reads the bundle's `/mocks/*.d.ts`.
 * An edited (or extra) mock file puts every mock source back, so what is checked is what runs.
 */
export function usesMockDeclarations(bundle: TypeBundle, files: PlaygroundFiles): boolean {
  const mocks = Object.keys(files).filter((path) => path.startsWith('/mocks/'));
  return mocks.length > 0 && mocks.every((path) => bundle.mockSources[path] === sourceHash(files[path]));
}

/**
 * Files TypeScript parses without their JSDoc: the lib files (chiefly `lib.dom.d.ts`, 1.9 MB,
 * most of it MDN prose) and `csstype` (1 MB of CSS property docs). Their types are unchanged;
 * a hover over a DOM API or a style property then shows the type without the prose.
 */
const PROSE_HEAVY = /^\/node_modules\/(typescript\/lib|csstype)\//;

function addParentDirs(dirs: Set<string>, path: string) {
  dirs.add('/');
  for (let dir = path.slice(0, path.lastIndexOf('/')); dir; dir = dir.slice(0, dir.lastIndexOf('/'))) dirs.add(dir);
}

/** The bundle's parsed files, the same for every playground: by how their JSDoc is parsed. */
interface SharedRegistries {
  full: TS.DocumentRegistry;
  withoutProse: TS.DocumentRegistry;
}

/**
 * A document registry that keeps the bundle's parsed `.d.ts` (lib files, packages, mock
 * declarations) in `shared` (the same for every playground) and a playground's own files
 * in `own`: two playgrounds on a page both have an `/App.tsx`, and a registry keys
 * documents by path. The prose-heavy files go to a registry that skips their JSDoc.
 */
function sharingBundle(ts: typeof TS, shared: SharedRegistries, own: TS.DocumentRegistry, inBundle: (path: string) => boolean): TS.DocumentRegistry {
  return new Proxy(own, {
    get(target, property: keyof TS.DocumentRegistry) {
      const value = target[property];
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const path = typeof args[0] === 'string' ? args[0] : '';
        let registry = own;
        if (inBundle(path) && PROSE_HEAVY.test(path)) {
          registry = shared.withoutProse;
          // The last argument of acquire/update is the parse options; the registry checks their mode is its own.
          const last = args.length - 1;
          if (typeof args[last] === 'object' && args[last] !== null && 'languageVersion' in args[last]) {
            args[last] = { ...args[last], jsDocParsingMode: ts.JSDocParsingMode.ParseForTypeErrors };
          }
        } else if (inBundle(path)) registry = shared.full;
        return (registry[property] as (...a: unknown[]) => unknown)(...args);
      };
    },
  });
}

/**
 * What can change the variances of the bundle's generic types within one playground: own files
 * that augment a module or the globals, or are global scripts. Their text is the key of the
 * playground's shared variances; any other edit keeps them.
 */
const AUGMENTS = /\bdeclare\s+(global|module|namespace)\b/;
const IS_MODULE = /^\s*(import|export)\b/m;
function augmentationKey(files: Map<string, { text: string }>, isScript: (path: string) => boolean): string {
  let key = '';
  for (const [path, { text }] of files) if (isScript(path) && (AUGMENTS.test(text) || !IS_MODULE.test(text))) key += `${path}\0${text}\0`;
  return key;
}

/** TypeScript patched by build/sharedVariances.ts (the worker's); unpatched TypeScript lacks the hook. */
type MaybeSharingVariances = typeof TS & { setSharedVariances?: (cache: SharedVariances | undefined) => void };

/** Compiler options for a playground: the site's own, with `@/mocks/*` at `/mocks/*` and no Node types. */
export function sandboxCompilerOptions(ts: typeof TS, bundle: TypeBundle): TS.CompilerOptions {
  const { options, errors } = ts.convertCompilerOptionsFromJson(bundle.compilerOptions, '/');
  if (errors.length) throw new Error(ts.flattenDiagnosticMessageText(errors[0].messageText, '\n'));
  return { ...options, noEmit: true };
}

/**
 * A TypeScript language service per playground over in-memory files, sharing one
 * document registry so the lib and package `.d.ts` files are parsed once. Used in the
 * editor's Web Worker and, as is, in Node by the tests.
 */
export function createTypeChecker(ts: typeof TS, bundle: TypeBundle) {
  const options = sandboxCompilerOptions(ts, bundle);
  const shared: SharedRegistries = {
    full: ts.createDocumentRegistry(),
    withoutProse: ts.createDocumentRegistry(true, '/', ts.JSDocParsingMode.ParseForTypeErrors),
  };
  const libFiles = new Map(Object.entries(bundle.files));
  const libDirs = new Set<string>();
  for (const path of libFiles.keys()) addParentDirs(libDirs, path);
  const services = new Map<
    string,
    {
      service: TS.LanguageService;
      files: Map<string, { text: string; version: number }>;
      forgetDirs: () => void;
      mockDeclarations: boolean;
      variances: ReturnType<typeof sharedVariances>;
    }
  >();
  let variancesHits = 0;

  /**
   * The variances a playground's checkers share (see build/sharedVariances.ts), for the generic
   * types of the bundle's `.d.ts`, whose symbols the shared document registry keeps from one
   * program to the next. Kept while the playground's augmentations stay as they are.
   */
  function sharedVariances(key: string, isBundleFile: (path: string) => boolean) {
    const cache = new WeakMap<object, number[]>();
    const shared: SharedVariances = {
      get(symbol) {
        const variances = cache.get(symbol);
        if (variances) variancesHits++;
        return variances;
      },
      set(symbol, variances) {
        const { declarations } = symbol as TS.Symbol;
        if (declarations?.every((d) => isBundleFile(d.getSourceFile().fileName))) cache.set(symbol, variances);
      },
    };
    return { key, shared, isBundleFile };
  }

  /** The playground's language service; `mockDeclarations` for one that reads the mock backend's `.d.ts`. */
  function serviceFor(playground: string, files: PlaygroundFiles, mockDeclarations: boolean) {
    let entry = services.get(playground);
    // Edited mocks (or reverted ones) change which files exist: start that playground's service afresh.
    if (entry && entry.mockDeclarations !== mockDeclarations) {
      entry.service.dispose();
      entry = undefined;
    }
    if (!entry) {
      const own = new Map<string, { text: string; version: number }>();
      const scripts = () => [...own.keys()].filter((path) => /\.(tsx?|jsx?)$/.test(path) && !(mockDeclarations && path.startsWith('/mocks/')));
      let cachedDirs: Set<string> | null = null;
      const dirs = () => {
        if (cachedDirs) return cachedDirs;
        cachedDirs = new Set(libDirs);
        for (const path of own.keys()) addParentDirs(cachedDirs, path);
        return cachedDirs;
      };
      // With the mock declarations in use, the mock sources are hidden, so `@/mocks/x` resolves to `/mocks/x.d.ts`.
      const ownText = (path: string) => (mockDeclarations && path.startsWith('/mocks/') ? undefined : own.get(path)?.text);
      const host: TS.LanguageServiceHost = {
        getCompilationSettings: () => options,
        getScriptFileNames: scripts,
        getScriptVersion: (path) => String(own.get(path)?.version ?? 0),
        getScriptSnapshot: (path) => {
          const text = ownText(path) ?? libFiles.get(path);
          return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
        },
        getCurrentDirectory: () => '/',
        getDefaultLibFileName: (opts) => `${LIB_DIR}/${ts.getDefaultLibFileName(opts)}`,
        fileExists: (path) => ownText(path) !== undefined || libFiles.has(path),
        readFile: (path) => ownText(path) ?? libFiles.get(path),
        directoryExists: (path) => dirs().has(path.replace(/\/$/, '') || '/'),
        getDirectories: (path) => {
          const prefix = path.endsWith('/') ? path : `${path}/`;
          const out = new Set<string>();
          for (const dir of dirs()) if (dir.startsWith(prefix) && !dir.slice(prefix.length).includes('/')) out.add(dir.slice(prefix.length));
          return [...out];
        },
        useCaseSensitiveFileNames: () => true,
      };
      const inBundle = (path: string) => libFiles.has(path) && !own.has(path);
      const registry = sharingBundle(ts, shared, ts.createDocumentRegistry(), inBundle);
      entry = {
        service: ts.createLanguageService(host, registry),
        files: own,
        forgetDirs: () => (cachedDirs = null),
        mockDeclarations,
        variances: sharedVariances('', inBundle),
      };
      services.set(playground, entry);
    }
    for (const path of [...entry.files.keys()]) {
      if (path in files) continue;
      entry.files.delete(path);
      entry.forgetDirs();
    }
    for (const [path, text] of Object.entries(files)) {
      const known = entry.files.get(path);
      if (!known) {
        entry.files.set(path, { text, version: 1 });
        entry.forgetDirs();
      }
      else if (known.text !== text) entry.files.set(path, { text, version: known.version + 1 });
    }
    const key = augmentationKey(entry.files, (path) => /\.tsx?$/.test(path) && !(mockDeclarations && path.startsWith('/mocks/')));
    if (key !== entry.variances.key) entry.variances = sharedVariances(key, entry.variances.isBundleFile);
    (ts as MaybeSharingVariances).setSharedVariances?.(entry.variances.shared);
    return entry.service;
  }

  return {
    /** How many times a checker found a generic type's variances measured by an earlier one (patched TypeScript only). */
    sharedVariancesUsed: () => variancesHits,
    /** The files in the playground's program as of its last check: what TypeScript parsed for it. */
    programFiles(playground: string): string[] {
      return services.get(playground)?.service.getProgram()?.getSourceFiles().map((file) => file.fileName) ?? [];
    },
    /** The diagnostics the build stored for `file` with exactly these files, if it did. */
    stored(files: PlaygroundFiles, file: string): TypeDiagnostic[] | undefined {
      return bundle.storedDiagnostics?.[storedDiagnosticsKey(files, file)];
    },
    /** TypeScript's syntactic and semantic diagnostics for one file of the playground. */
    check(playground: string, files: PlaygroundFiles, file: string): TypeDiagnostic[] {
      if (!/\.(tsx?)$/.test(file) || !(file in files)) return [];
      const mockDeclarations = usesMockDeclarations(bundle, files);
      // An unchanged mock file is the repository's, which `tsc` checks: nothing to show.
      if (mockDeclarations && file.startsWith('/mocks/')) return [];
      const service = serviceFor(playground, files, mockDeclarations);
      const length = files[file].length;
      return [...service.getSyntacticDiagnostics(file), ...service.getSemanticDiagnostics(file)].map((d) => {
        const from = Math.min(d.start ?? 0, length);
        return {
          from,
          to: Math.min(from + Math.max(d.length ?? 0, 0), length),
          severity: d.category === ts.DiagnosticCategory.Error ? 'error' : 'warning',
          message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
        };
      });
    },
    /** The type at `position` in `file`, as TypeScript's quick info shows it, or null. */
    hover(playground: string, files: PlaygroundFiles, file: string, position: number): TypeHover | null {
      if (!/\.(tsx?)$/.test(file) || !(file in files)) return null;
      // Hovering inside a mock file needs its source in the program.
      const mockDeclarations = usesMockDeclarations(bundle, files) && !file.startsWith('/mocks/');
      const info = serviceFor(playground, files, mockDeclarations).getQuickInfoAtPosition(file, position);
      if (!info) return null;
      return {
        from: info.textSpan.start,
        to: info.textSpan.start + info.textSpan.length,
        type: ts.displayPartsToString(info.displayParts),
        documentation: ts.displayPartsToString(info.documentation),
      };
    },
  };
}

export type TypeChecker = ReturnType<typeof createTypeChecker>;
