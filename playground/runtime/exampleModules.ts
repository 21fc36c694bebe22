/**
 * One example as the build ships it to the runtime (`examples/<id>.json`, written by
 * build/buildRuntime.ts): what a preview frame that knows its example (see
 * playground/protocol/previewUrl.ts) loads instead of every example's modules.
 */
import { addPrecompiled } from './transpileCache.ts';

/** Where the build puts an example's modules, on the runtime's origin. */
export const exampleModulesUrl = (id: string) => `/examples/${encodeURIComponent(id)}.json`;
/** The chunks the example's code imports (a JSON list of paths), for the runtime page to preload. */
export const examplePreloadsUrl = (id: string) => `/examples/${encodeURIComponent(id)}.preload.json`;

export interface ExampleModules {
  /** The entry file, as the example's meta.ts names it. */
  entry: string;
  /** Sandbox path → source: exactly the files the page's playground sends in its compile. */
  files: Record<string, string>;
  /** Their transpiled modules, by `transpileKey`. */
  transpiled: Record<string, string>;
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string');
}

export function isExampleModules(value: unknown): value is ExampleModules {
  const v = value as Partial<ExampleModules> | null;
  return typeof v === 'object' && v !== null && typeof v.entry === 'string' && isStringRecord(v.files) && v.entry in v.files && isStringRecord(v.transpiled);
}

/**
 * Fetches the example's modules and puts the transpiled ones in the cache. Null when the build
 * has none (`astro dev`, an unknown id) or the file is damaged: the frame then waits for the
 * page's compile and transpiles what it must, as before.
 */
export async function loadExampleModules(id: string, fetchImpl: typeof fetch = fetch): Promise<ExampleModules | null> {
  try {
    const response = await fetchImpl(exampleModulesUrl(id));
    if (!response.ok) return null;
    const modules: unknown = await response.json();
    if (!isExampleModules(modules)) return null;
    addPrecompiled(modules.transpiled);
    return modules;
  } catch {
    return null;
  }
}
