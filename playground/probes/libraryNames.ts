/**
 * Display names for library components. The runtime's vendor chunks are minified, so a
 * library's components reach the render probe with names like `Dt` (react-redux's Provider)
 * or `Ft` (TanStack Query's QueryClientProvider). The runtime registers every package it loads
 * here (`registerLibraryExports`), and the probe names a component by the export it is:
 * `Provider (react-redux)`. A library component that is not exported (an internal wrapper)
 * has no name a reader would know: `libraryInternal` says to leave it out of the lists.
 */

const names = new WeakMap<object, string>();

/** A component export: a PascalCase name bound to a function or a memo/forwardRef/lazy object. */
function isComponentExport(exportName: string, value: unknown): value is object {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(exportName)) return false;
  return typeof value === 'function' || (typeof value === 'object' && value !== null && '$$typeof' in value);
}

/** Names every component a package exports, e.g. `Provider` of `react-redux` → `Provider (react-redux)`. */
export function registerLibraryExports(pkg: string, namespace: Record<string, unknown>): void {
  for (const [exportName, value] of Object.entries(namespace)) {
    if (!isComponentExport(exportName, value)) continue;
    const label = `${exportName} (${pkg})`;
    if (!names.has(value)) names.set(value, label);
    // memo(C) and forwardRef(render): the fiber's `type` may be the inner function.
    for (const inner of [(value as { type?: unknown }).type, (value as { render?: unknown }).render]) {
      if (inner && (typeof inner === 'function' || typeof inner === 'object') && !names.has(inner)) names.set(inner, label);
    }
  }
}

/** The library name of a component type (a fiber's `type` or `elementType`), if registered. */
export function libraryName(type: unknown): string | undefined {
  return type && (typeof type === 'function' || typeof type === 'object') ? names.get(type) : undefined;
}

/**
 * A name no reader wrote: one or two characters, as a minifier leaves them (`Dt`, `e`). The
 * reader's own code is not minified, so such a component comes from a library.
 */
export function isMinifiedName(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]?$/.test(name);
}
