
/**
 * Transpiled modules by (path, source). The build fills it ahead of time for every
 * example and mock file (`transpiled.json` beside the runtime), so a playground
 * that still shows the example as written skips sucrase and the loop-guard pass.
 * Edited files are transpiled here and kept for the next run.
 */
export function transpileKey(path: string, source: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const text = `${path}\0${source}`;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return `${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}${text.length.toString(36)}`;
}

const cache = new Map<string, string>();

/** Adds modules the build transpiled (by `transpileKey`). */
export function addPrecompiled(entries: Record<string, string>): void {
  for (const [key, code] of Object.entries(entries)) if (typeof code === 'string' && !cache.has(key)) cache.set(key, code);
}

/** Loads the build's precompiled modules; a missing file (as in `astro dev`) just means an empty cache. */
export async function loadPrecompiled(url: string): Promise<void> {
  try {
    const response = await fetch(url);
    if (!response.ok) return;
    addPrecompiled((await response.json()) as Record<string, string>);
  } catch {
    // Without the cache every module is transpiled on first use, as in development.
  }
}

/** The module's code; sucrase and acorn load only the first time something is not cached. */
export async function transpileCached(path: string, source: string): Promise<string> {
  const key = transpileKey(path, source);
  let code = cache.get(key);
  if (code === undefined) {
    const { transpileModule } = await import('./transpile.ts');
    code = transpileModule(path, source);
    cache.set(key, code);
  }
  return code;
}
