import type * as TS from 'typescript';

/**
 * What the site serves for the type checker, made at build time (see buildTypeBundle.ts):
 * the root tsconfig's compiler options as the playground sees them, and every `.d.ts` and
 * `package.json` TypeScript reads to type the packages the runtime hands out, with the lib
 * files, keyed by their path under a virtual root (`/node_modules/…`).
 */
export interface TypeBundle {
  compilerOptions: Record<string, unknown>;
  files: Record<string, string>;
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

function addParentDirs(dirs: Set<string>, path: string) {
  dirs.add('/');
  for (let dir = path.slice(0, path.lastIndexOf('/')); dir; dir = dir.slice(0, dir.lastIndexOf('/'))) dirs.add(dir);
}

/**
 * A document registry that keeps the packages' and lib files' parsed `.d.ts` in `shared`
 * (the same for every playground) and a playground's own files in `own`: two playgrounds
 * on a page both have an `/App.tsx`, and a registry keys documents by path.
 */
function sharingPackages(shared: TS.DocumentRegistry, own: TS.DocumentRegistry): TS.DocumentRegistry {
  return new Proxy(own, {
    get(target, property: keyof TS.DocumentRegistry) {
      const value = target[property];
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const registry = typeof args[0] === 'string' && args[0].startsWith('/node_modules/') ? shared : own;
        return (registry[property] as (...a: unknown[]) => unknown)(...args);
      };
    },
  });
}

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
  const registry = ts.createDocumentRegistry();
  const libFiles = new Map(Object.entries(bundle.files));
  const libDirs = new Set<string>();
  for (const path of libFiles.keys()) addParentDirs(libDirs, path);
  const services = new Map<
    string,
    { service: TS.LanguageService; files: Map<string, { text: string; version: number }>; forgetDirs: () => void }
  >();

  function serviceFor(playground: string, files: PlaygroundFiles) {
    let entry = services.get(playground);
    if (!entry) {
      const own = new Map<string, { text: string; version: number }>();
      let cachedDirs: Set<string> | null = null;
      const dirs = () => {
        if (cachedDirs) return cachedDirs;
        cachedDirs = new Set(libDirs);
        for (const path of own.keys()) addParentDirs(cachedDirs, path);
        return cachedDirs;
      };
      const host: TS.LanguageServiceHost = {
        getCompilationSettings: () => options,
        getScriptFileNames: () => [...own.keys()].filter((path) => /\.(tsx?|jsx?)$/.test(path)),
        getScriptVersion: (path) => String(own.get(path)?.version ?? 0),
        getScriptSnapshot: (path) => {
          const text = own.get(path)?.text ?? libFiles.get(path);
          return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
        },
        getCurrentDirectory: () => '/',
        getDefaultLibFileName: (opts) => `${LIB_DIR}/${ts.getDefaultLibFileName(opts)}`,
        fileExists: (path) => own.has(path) || libFiles.has(path),
        readFile: (path) => own.get(path)?.text ?? libFiles.get(path),
        directoryExists: (path) => dirs().has(path.replace(/\/$/, '') || '/'),
        getDirectories: (path) => {
          const prefix = path.endsWith('/') ? path : `${path}/`;
          const out = new Set<string>();
          for (const dir of dirs()) if (dir.startsWith(prefix) && !dir.slice(prefix.length).includes('/')) out.add(dir.slice(prefix.length));
          return [...out];
        },
        useCaseSensitiveFileNames: () => true,
      };
      entry = { service: ts.createLanguageService(host, sharingPackages(registry, ts.createDocumentRegistry())), files: own, forgetDirs: () => (cachedDirs = null) };
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
    return entry.service;
  }

  return {
    /** TypeScript's syntactic and semantic diagnostics for one file of the playground. */
    check(playground: string, files: PlaygroundFiles, file: string): TypeDiagnostic[] {
      if (!/\.(tsx?)$/.test(file) || !(file in files)) return [];
      const service = serviceFor(playground, files);
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
      const info = serviceFor(playground, files).getQuickInfoAtPosition(file, position);
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
