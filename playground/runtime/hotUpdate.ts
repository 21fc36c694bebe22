/**
 * How the runtime applies an edit: with Fast Refresh, or by running the playground again.
 *
 * Fast Refresh re-evaluates only the edited modules and lets React Refresh swap their
 * components in place, so state survives. That is safe when every edited module is a script
 * this run has already evaluated and, as the runtime checks next (refreshRuntime.ts
 * `isRefreshBoundary`), exports only components, before and after the edit. Modules that import
 * an edited component module need not run again: they hold the old component, and React
 * Refresh maps it to the new one. Everything else (an added or removed file, CSS, JSON, a
 * store, the entry, a run whose code failed to evaluate) runs the playground again from the
 * start, as before. An edit to a test file the app does not import changes nothing here.
 */
export type UpdatePlan = { kind: 'refresh'; edited: string[] } | { kind: 'rerun' };

const SCRIPT = /\.(m?[jt]sx?)$/;
const TEST_FILE = /\.test\.[jt]sx?$/;

/**
 * `applied`: the files as the running modules were evaluated from (null when the last run did
 * not evaluate cleanly); `next`: the files after the edit; `evaluated`: whether this run has
 * evaluated a module.
 */
export function planUpdate(applied: Record<string, string> | null, next: Record<string, string>, evaluated: (path: string) => boolean): UpdatePlan {
  if (!applied) return { kind: 'rerun' };
  const paths = Object.keys(next);
  if (paths.length !== Object.keys(applied).length || paths.some((path) => !(path in applied))) return { kind: 'rerun' };
  // A test file the app never imported is the Tests tab's business (tests.html): the preview's
  // app, and its state, stay as they are.
  const edited = paths.filter((path) => next[path] !== applied[path] && !(TEST_FILE.test(path) && !evaluated(path)));
  if (edited.some((path) => !SCRIPT.test(path) || !evaluated(path))) return { kind: 'rerun' };
  return { kind: 'refresh', edited };
}

/**
 * Whether the page's first compile asks for what a preview-first frame already runs (the example
 * as shipped, see playground/protocol/previewUrl.ts): every file the run started from is in the
 * compile unchanged, with the same entry. Files only the compile has (Sandpack's package.json)
 * were not part of the run and change nothing in it.
 */
export function runsSameCode(running: Record<string, string>, runningEntry: string, next: Record<string, string>, nextEntry: string): boolean {
  return runningEntry === nextEntry && Object.entries(running).every(([path, code]) => next[path] === code);
}
