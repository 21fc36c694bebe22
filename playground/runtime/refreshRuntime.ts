/**
 * React Fast Refresh in the playground: react-refresh's runtime, tied to React's DevTools hook.
 *
 * ORDER MATTERS: import this module after `probes/instrumented/renderHook.ts` (bippy installs
 * the DevTools hook, and the render probe wraps its commit handler) and before react-dom loads.
 * React Refresh wraps the same hook's `inject`, `onScheduleFiberRoot` and `onCommitFiberRoot`,
 * calling the render probe's handler on every commit, so react-dom, which reads the hook when it
 * loads, reports its renderer and roots to both.
 */
import * as Refresh from 'react-refresh/runtime';
import type { RefreshBindings } from './refreshNames.ts';

Refresh.injectIntoGlobalHook(globalThis);

/**
 * A module's registrations. Component ids are scoped by run: a full re-run starts new
 * component families, so only edits within one run are hot updates of each other.
 */
export function refreshBindings(run: number, path: string): RefreshBindings {
  return {
    register: (type, name) => Refresh.register(type, `${run}:${path} ${name}`),
    signature: Refresh.createSignatureFunctionForTransform,
  };
}

/**
 * Whether an edit to a module with these exports can be applied by Fast Refresh alone: it
 * exports something, and everything it exports is a component (as webpack's and Vite's React
 * plugins decide). Anything else (a store, constants, the entry) has importers that hold on to
 * what it exported, so the playground runs again from the start.
 */
export function isRefreshBoundary(moduleExports: Record<string, unknown> | undefined): boolean {
  if (!moduleExports) return false;
  let any = false;
  for (const key of Object.keys(moduleExports)) {
    if (key === '__esModule') continue;
    const descriptor = Object.getOwnPropertyDescriptor(moduleExports, key);
    if (descriptor?.get) return false; // a re-export: its value belongs to another module
    if (!Refresh.isLikelyComponentType(moduleExports[key])) return false;
    any = true;
  }
  return any;
}

/** Re-renders the updated components, keeping their state where their hooks are unchanged. */
export function performReactRefresh(): void {
  Refresh.performReactRefresh();
}
