import { LOOP_GUARD } from './loopGuard.ts';
import { REFRESH_REG, REFRESH_SIG, type RefreshBindings } from './refreshNames.ts';
import { transpileCached } from './transpileCache.ts';
import { availableVendorModules, loadVendorModule } from './vendorModules.ts';
import { MODULE_URL_PREFIX } from './moduleUrl.ts';

export { MODULE_URL_PREFIX };

const EXTENSIONS = ['', '.tsx', '.ts', '.jsx', '.js', '.json', '.css'];
const INDEX_FILES = ['/index.tsx', '/index.ts', '/index.jsx', '/index.js'];
const REQUIRE_CALL = /\brequire\((['"])([^'"\n]+)\1\)/g;

export class ModuleNotFoundError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'ModuleNotFoundError';
  }
}

interface Module {
  exports: Record<string, unknown>;
}

function dirname(path: string) {
  return path.slice(0, path.lastIndexOf('/')) || '/';
}

function normalize(path: string) {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

/** Relative, absolute, or `@/…` (the project root, as many apps alias it). */
function isRelative(specifier: string) {
  return specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('/') || specifier.startsWith('@/');
}

function lineOf(source: string, specifier: string) {
  const index = source.search(new RegExp(`['"]${specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}['"]`));
  return index < 0 ? 1 : source.slice(0, index).split('\n').length;
}

/**
 * The reader's files as CommonJS modules: relative imports with extension and
 * index resolution, JSON and CSS, and bare imports answered by vendor modules
 * built from the site's own node_modules.
 */
export class ModuleRegistry {
  private readonly cache = new Map<string, Module>();
  private readonly code = new Map<string, string>();
  private readonly vendors = new Map<string, Record<string, unknown>>();

  constructor(
    private files: Record<string, string>,
    private readonly globals: Record<string, unknown>,
    private readonly loopGuard: (file: string, line: number) => void,
    private readonly onStyle: (path: string, css: string) => void,
    // Without Fast Refresh (the Tests tab), a signature still hands back the function it wraps,
    // as React Refresh's does: `beforeEach(() => vi.useFakeTimers())` passes the signed arrow on.
    private readonly refresh: (path: string) => RefreshBindings = () => ({ register() {}, signature: () => (type?: unknown) => type }),
  ) {}

  resolve(from: string, specifier: string): string | null {
    const absolute = specifier.startsWith('@/') ? specifier.slice(1) : specifier;
    const base = normalize(absolute.startsWith('/') ? absolute : `${dirname(from)}/${absolute}`);
    for (const candidate of [...EXTENSIONS.map((ext) => base + ext), ...INDEX_FILES.map((index) => base + index)]) {
      if (candidate in this.files) return candidate;
    }
    return null;
  }

  /**
   * Transpiles every module reachable from the entry and loads the vendor modules
   * they import, so evaluation afterwards is synchronous. Throws the first syntax
   * error or unknown import, naming the file and line.
   */
  prepare(entry: string): Promise<void> {
    return this.prepareFrom([entry], new Set());
  }

  /**
   * For a Fast Refresh update: takes the edited files, transpiles the edited modules and
   * whatever they now import that this run hasn't prepared yet. Throws as `prepare` does,
   * leaving the modules that already ran as they were.
   */
  prepareUpdate(files: Record<string, string>, edited: string[]): Promise<void> {
    this.files = files;
    return this.prepareFrom(edited, new Set(edited));
  }

  /** Whether this run has evaluated the module. */
  evaluated(path: string): boolean {
    return this.cache.has(path);
  }

  exportsOf(path: string): Record<string, unknown> | undefined {
    return this.cache.get(path)?.exports;
  }

  /**
   * Runs a module's new code in place of the old one (modules that import it keep their
   * references; React Refresh maps old component types to the new ones). If it throws,
   * the old module stays in place.
   */
  reevaluate(path: string): Record<string, unknown> {
    const previous = this.cache.get(path);
    this.cache.delete(path);
    try {
      return this.evaluate(path) as Record<string, unknown>;
    } catch (error) {
      if (previous) this.cache.set(path, previous);
      else this.cache.delete(path);
      throw error;
    }
  }

  private async prepareFrom(roots: string[], retranspile: Set<string>): Promise<void> {
    const seen = new Set<string>();
    const bare = new Map<string, { file: string; line: number }>();
    const visit = async (path: string): Promise<void> => {
      if (seen.has(path)) return;
      seen.add(path);
      if (!/\.(m?[jt]sx?)$/.test(path)) return;
      if (this.code.has(path) && !retranspile.has(path)) return;
      const code = await transpileCached(path, this.files[path]);
      this.code.set(path, code);
      const children: Promise<void>[] = [];
      for (const [, , specifier] of code.matchAll(REQUIRE_CALL)) {
        if (isRelative(specifier)) {
          const resolved = this.resolve(path, specifier);
          if (!resolved) {
            throw new ModuleNotFoundError(`Cannot find file '${specifier}' imported by ${path.slice(1)}.`, path, lineOf(this.files[path], specifier));
          }
          children.push(visit(resolved));
        } else if (!bare.has(specifier) && !this.vendors.has(specifier)) {
          bare.set(specifier, { file: path, line: lineOf(this.files[path], specifier) });
        }
      }
      await Promise.all(children);
    };
    await Promise.all(roots.map(visit));
    for (const [specifier, where] of bare) {
      if (!availableVendorModules().includes(specifier)) {
        throw new ModuleNotFoundError(
          `Cannot find package '${specifier}' imported by ${where.file.slice(1)}. Playgrounds run offline with these packages only: ${availableVendorModules().join(', ')}.`,
          where.file,
          where.line,
        );
      }
    }
    await Promise.all(
      [...bare.keys()].map(async (specifier) => {
        this.vendors.set(specifier, await loadVendorModule(specifier));
      }),
    );
  }

  require(from: string, specifier: string): unknown {
    if (!isRelative(specifier)) {
      const vendor = this.vendors.get(specifier);
      if (!vendor) throw new ModuleNotFoundError(`Cannot find package '${specifier}'.`, from, lineOf(this.files[from] ?? '', specifier));
      return vendor;
    }
    const path = this.resolve(from, specifier);
    if (!path) throw new ModuleNotFoundError(`Cannot find file '${specifier}' imported by ${from.slice(1)}.`, from, lineOf(this.files[from] ?? '', specifier));
    return this.evaluate(path);
  }

  /** Runs the entry module; it alone may use top-level await (e.g. to start the mock backend first). */
  async evaluateEntry(path: string): Promise<void> {
    await this.evaluate(path, true);
  }

  evaluate(path: string, isEntry = false): Record<string, unknown> | Promise<unknown> {
    const cached = this.cache.get(path);
    if (cached) return cached.exports;
    const module: Module = { exports: {} };
    this.cache.set(path, module);
    const source = this.files[path];
    if (path.endsWith('.json')) {
      module.exports = JSON.parse(source);
      return module.exports;
    }
    if (path.endsWith('.css')) {
      this.onStyle(path, source);
      return module.exports;
    }
    const names = Object.keys(this.globals);
    // The wrapper opens on the module's first line so stack lines match the reader's file.
    const refresh = this.refresh(path);
    const wrapper = (0, eval)(
      `(${isEntry ? 'async ' : ''}function (require, module, exports, ${LOOP_GUARD}, ${REFRESH_REG}, ${REFRESH_SIG}, ${names.join(', ')}) {${this.code.get(path)}\n})\n//# sourceURL=${location.origin}${MODULE_URL_PREFIX}${path}`,
    ) as (...args: unknown[]) => unknown;
    const result = wrapper(
      (specifier: string) => this.require(path, specifier),
      module,
      module.exports,
      this.loopGuard,
      refresh.register,
      refresh.signature,
      ...names.map((name) => this.globals[name]),
    );
    return isEntry ? (result as Promise<unknown>) : module.exports;
  }
}
