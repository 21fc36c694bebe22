// First: bippy installs React's DevTools hook, which react-dom must find when it loads.
import '../probes/instrumented/renderHook.ts';
// Second: React Refresh wraps that hook (keeping the render probe's handler), also before react-dom.
import { isRefreshBoundary, performReactRefresh, refreshBindings } from './refreshRuntime.ts';
import type { BackendState } from '../mocks/controls.ts';
import { bus } from '../probes/bus.ts';
import { PROTOCOL_TAG, type PlayStoryMessage } from '../protocol/messages.ts';
import { startProbes } from '../probes/instrumented/setup.ts';
import { requestsInFlight } from '../probes/networkProbe.ts';
import { CHUNK_LIBRARIES_FILE, setChunkLibraries } from '../probes/storageWriter.ts';
import { captureConsole } from './consoleCapture.ts';
import { toShowError } from './errorReport.ts';
import { planUpdate, runsSameCode } from './hotUpdate.ts';
import { loadExampleModules, type ExampleModules } from './exampleModules.ts';
import { readPreviewUrl } from '../protocol/previewUrl.ts';
import { createLoopGuard } from './loopGuard.ts';
import { ModuleRegistry } from './moduleRegistry.ts';
import { allowedParentOrigins } from './origins.ts';
import { applyPreviewTheme } from './previewTheme.ts';
import { currentRun, startRun, type RunScope } from './runScope.ts';
import { isSandpackInbound, type SandpackModule, type SandpackOutbound } from './sandpackMessages.ts';
import { watchSettle } from './settle.ts';
import { playStory } from './storyPlayer.ts';
import { clearNamespacedStorage, installStorageNamespace, matchExample } from './storageNamespace.ts';
import { loadPrecompiled, transpileKey } from './transpileCache.ts';
import { loadVendorModule } from './vendorModules.ts';
import { PRELOADED_PACKAGES } from './preloadedPackages.ts';

const MOCK_BACKEND_KEY = Symbol.for('statelab.mocks.runningBackend');
const allowedOrigins = allowedParentOrigins();
// Which example this frame shows, and whether it runs it before any compile (previewUrl.ts).
const address = readPreviewUrl(window.location.search);
const initialBody = document.body.innerHTML;
const loopGuard = createLoopGuard();

let frameId: string | null = null;
let parentOrigin: string | null = null;
let files: Record<string, string> = {};
let lastCompiled: string | null = null;
let lastHadError = false;
let firstLoad = true;
// The current run's modules, and the files they were evaluated from (null until the run's code has run cleanly).
let registry: ModuleRegistry | null = null;
let applied: Record<string, string> | null = null;
let runNumber = 0;
// Set by the page's Reset (a `restart` message): the next compile runs from the start.
let restartOnNextCompile = false;
// Before the first compile arrives: fetch the build's precompiled modules, and the
// packages nearly every playground imports (PRELOADED_PACKAGES), so they load while Sandpack starts up.
// Storage rows name their writer from the stack: the build's map of which library each chunk is.
const chunkLibrariesLoaded = fetch(`/${CHUNK_LIBRARIES_FILE}`)
  .then((response) => (response.ok ? response.json() : {}))
  .then(setChunkLibraries, () => {});
// A frame that knows its example loads only that example's modules; any other, every example's.
const exampleModules: Promise<ExampleModules | null> = address.example ? loadExampleModules(address.example) : Promise.resolve(null);
const precompiled = exampleModules.then((modules) => (modules ? undefined : loadPrecompiled('/transpiled.json')));
let queue: Promise<void> = Promise.all([precompiled, chunkLibrariesLoaded]).then(() => {});
/** The longest a preview-first run keeps the page's Sandpack waiting (an app that is never quiet). */
const BOOT_QUIET_MAX_MS = 1_500;
/** The example's entry when this frame started it as shipped, before any compile (preview-first boot). */
let bootEntry: string | null = null;
// Each example gets its own storage (see storageNamespace.ts): the one the frame's address names,
// else the one its first run's files match.
let storageNamespace: string | null = address.example;
/** "Clear storage" was pressed: the next run starts with the example's storage empty. */
let clearStorageOnNextRun = false;
installStorageNamespace(window as unknown as Parameters<typeof installStorageNamespace>[0], () => storageNamespace);
const exampleFiles = (): Promise<Record<string, string[]>> =>
  fetch('/example-files.json')
    .then((response) => (response.ok ? response.json() : {}))
    .catch(() => ({}));
for (const specifier of PRELOADED_PACKAGES) void loadVendorModule(specifier);

/**
 * What the frame said before the page's Sandpack registered it (a preview-first run: its start,
 * console, errors, backend state): nobody on the page listened yet, so it is kept and sent on
 * registration, in order. Bounded: a run that logs without end keeps its first messages.
 */
const unregistered: Array<() => void> = [];
const MAX_UNREGISTERED = 2_000;

/** Posts to the docs page: its origin once Sandpack has registered the frame; until then, it waits. */
function postToPage(message: unknown) {
  if (!parentOrigin) {
    if (unregistered.length < MAX_UNREGISTERED) unregistered.push(() => postToPage(message));
    return;
  }
  window.parent.postMessage(message, parentOrigin);
}

/** Sandpack's messages carry its tag and the frame id; our own (the visualizer's) never do. */
function post(message: SandpackOutbound) {
  if (!parentOrigin) {
    // `initialized` is what makes Sandpack register: it goes to every allowed docs origin.
    if (message.type === 'initialized') for (const origin of allowedOrigins) window.parent.postMessage({ ...message, codesandbox: true }, origin);
    else if (unregistered.length < MAX_UNREGISTERED) unregistered.push(() => post(message));
    return;
  }
  window.parent.postMessage({ ...message, $id: frameId ?? undefined, codesandbox: true }, parentOrigin);
}

/** Sandpack registered the frame: what waited goes out, then the probes' timeline (the bus says hello first). */
function registered(id: string, origin: string) {
  frameId = id;
  parentOrigin = origin;
  for (const send of unregistered.splice(0)) send();
  bus.connect(postToPage);
}

type RunningBackend = {
  stop(): Promise<void>;
  state(): BackendState;
  control(input: unknown): { ok: true; value: BackendState } | { ok: false; error: string };
};
const runningBackend = () => (globalThis as Record<symbol, RunningBackend | undefined>)[MOCK_BACKEND_KEY];

/** Tells the visualizer's fault panel how the mock backend is set (null: no backend in this run). */
function postBackendState(error?: string) {
  postToPage({ statelab: PROTOCOL_TAG, type: 'backend-state', state: runningBackend()?.state() ?? null, ...(error ? { error } : {}) });
}

function reportError(error: unknown) {
  if (error instanceof DOMException && error.name === 'AbortError') return;
  lastHadError = true;
  post({ type: 'action', ...toShowError(error, files) });
}

function entryOf(modules: Record<string, string>): string {
  try {
    const main = JSON.parse(modules['/package.json'] ?? '{}').main as string | undefined;
    if (main) return main.startsWith('/') ? main : `/${main}`;
  } catch {
    // A broken package.json falls back to the usual entry names.
  }
  const entry = ['/index.tsx', '/src/index.tsx', '/index.ts', '/index.jsx', '/index.js'].find((p) => p in modules);
  return entry ?? '/index.tsx';
}

const codeOf = (modules: Record<string, SandpackModule>) => Object.fromEntries(Object.entries(modules).map(([path, m]) => [path, m.code]));

/** Applies an edit with Fast Refresh where it can (see hotUpdate.ts), else runs the code again. */
async function update(modules: Record<string, SandpackModule>) {
  const next = codeOf(modules);
  const current = registry;
  const plan = current ? planUpdate(applied, next, (path) => current.evaluated(path)) : { kind: 'rerun' as const };
  if (current && plan.kind === 'refresh' && (await refresh(current, next, plan.edited))) return;
  await run(modules);
}

/**
 * Re-evaluates the edited component modules and lets React Refresh re-render them: the React
 * root, the mock backend, timers and sockets of the run stay. False when the edit turns out
 * not to be refresh-safe (a module that exports more than components): then the caller runs
 * the code again. Errors show in the overlay as in a run; the next edit refreshes again.
 */
async function refresh(current: ModuleRegistry, next: Record<string, string>, edited: string[]): Promise<boolean> {
  if (!edited.every((path) => isRefreshBoundary(current.exportsOf(path)))) return false;
  files = next;
  lastHadError = false;
  try {
    await current.prepareUpdate(next, edited);
    for (const path of edited) {
      if (!isRefreshBoundary(current.reevaluate(path))) return false;
      applied![path] = next[path];
    }
    // Renders synchronously; an error in a render reaches reportError before this returns.
    performReactRefresh();
  } catch (error) {
    reportError(error);
  }
  if (!lastHadError) post({ type: 'success' });
  post({ type: 'done', compilatonError: lastHadError });
  return true;
}

/** Resolves once the run is quiet (see settle.ts); never, if it is replaced first. */
function settledOf(scope: RunScope, maxWaitMs?: number): Promise<void> {
  return new Promise((resolve) =>
    // Pending: what the mock backend has not answered yet, and the reader's other fetches.
    watchSettle(resolve, {
      activity: () => ({ events: bus.stats().emitted, pendingRequests: requestsInFlight() + scope.stats().pendingFetches }),
      nextFrame: (callback) => requestAnimationFrame(callback),
      now: () => performance.now(),
      cancelled: () => scope.disposed,
      maxWaitMs,
    }),
  );
}

/** `play-story`: runs the code again (a fresh app, backend and timeline), then plays the steps. */
async function playStoryMessage({ storyId, steps, pauseMs }: PlayStoryMessage) {
  if (!lastCompiled) return;
  const progress = (step: number, done: boolean, error?: string) =>
    postToPage({ statelab: PROTOCOL_TAG, type: 'story-progress', storyId, step, of: steps.length, done, ...(error ? { error } : {}) });
  // Let the current run finish what it started (a late answer would land in the new run's
  // counts), and post its last events before the page clears its timeline.
  const previous = currentRun();
  if (previous) await settledOf(previous, 10_000);
  bus.flush();
  compile(JSON.parse(lastCompiled!), true);
  await queue;
  const scope = currentRun();
  if (!scope || lastHadError) return progress(0, true, 'The code did not run.');
  await settledOf(scope);
  let done = 0;
  try {
    await playStory(steps, {
      document,
      settled: () => settledOf(scope),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      pauseMs,
      onStep: (step) => {
        done = step;
        if (step < steps.length) progress(step, false);
      },
      cancelled: () => scope.disposed,
    });
    if (!scope.disposed) progress(done, true);
  } catch (error) {
    progress(done, true, error instanceof Error ? error.message : String(error));
  }
}

/**
 * Preview-first boot: runs the example as shipped, as soon as its modules are in, without waiting
 * for the page's Sandpack. Skipped when a compile came first (the reader's saved edits).
 */
async function runShippedExample() {
  const modules = await exampleModules;
  if (!modules || lastCompiled !== null) return;
  bootEntry = modules.entry;
  await run(Object.fromEntries(Object.entries(modules.files).map(([path, code]) => [path, { code, path }])), modules.entry);
  // The reader sees the app, with its first data, before the page starts Sandpack (which shares
  // this thread): `initialized` goes once the app has rendered, the run is quiet and painted, or
  // after BOOT_QUIET_MAX_MS. (An app may render only after an await, e.g. the mock backend's start.)
  const scope = currentRun();
  const deadline = performance.now() + BOOT_QUIET_MAX_MS;
  if (scope && !lastHadError) {
    await bodyChanged(BOOT_QUIET_MAX_MS);
    await settledOf(scope, Math.max(0, deadline - performance.now()));
  }
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/** Resolves at the first change in the page's body (the app rendered), or after `maxMs`. */
function bodyChanged(maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => done());
    const timer = setTimeout(() => done(), maxMs);
    function done() {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    }
    if (document.body.innerHTML !== initialBody) return done();
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

/**
 * The page's first compile after a preview-first run. When it carries the files that run
 * started from, the run is the page's: nothing runs again (no flash, no second set of requests);
 * its messages were sent on registration. Anything else is applied as any edit is.
 */
async function adoptRun(modules: Record<string, SandpackModule>) {
  const next = codeOf(modules);
  if (!(registry && applied && bootEntry && runsSameCode(applied, bootEntry, next, entryOf(next)))) return update(modules);
  files = next;
  applied = { ...next };
  if (!lastHadError) post({ type: 'success' });
  post({ type: 'done', compilatonError: lastHadError });
}

async function run(modules: Record<string, SandpackModule>, entryFile?: string) {
  files = codeOf(modules);
  applied = null;
  const thisRun = ++runNumber;
  post({ type: 'start', firstLoad });
  firstLoad = false;
  lastHadError = false;
  const scope = await startRun();
  if (storageNamespace === null) {
    const keys = Object.entries(files).map(([path, code]) => transpileKey(path, code));
    storageNamespace = matchExample(keys, await exampleFiles()) ?? `playground-${frameId ?? runNumber}`;
  }
  // After the previous run is stopped (nothing of it can write again), before the new one reads.
  if (clearStorageOnNextRun) {
    clearStorageOnNextRun = false;
    await clearNamespacedStorage(window).catch((error: unknown) => console.warn('Clear storage: IndexedDB could not be emptied', error));
  }
  document.body.innerHTML = initialBody;
  scope.onDispose(() => document.querySelectorAll('style[data-playground-file]').forEach((s) => s.remove()));
  // The mock backend keeps its running instance here so a re-run can stop it, even
  // when the new code no longer starts one (see playground/mocks/browser.ts).
  scope.onDispose(() => runningBackend()?.stop());
  // Each run starts a fresh timeline: the page clears its copy on Sandpack's `start`.
  bus.clear();
  const modulesOfRun = new ModuleRegistry(
    files,
    scope.trackedGlobals(),
    loopGuard,
    (path, css) => {
      const style = document.createElement('style');
      style.dataset.playgroundFile = path;
      style.textContent = css;
      document.head.append(style);
    },
    (path) => refreshBindings(thisRun, path),
  );
  registry = modulesOfRun;
  try {
    const entry = entryFile ?? entryOf(files);
    if (!(entry in files)) throw new Error(`The entry file ${entry} is missing.`);
    await modulesOfRun.prepare(entry);
    await modulesOfRun.evaluateEntry(entry);
    applied = { ...files };
    post({ type: 'success' });
    post({ type: 'done', compilatonError: false });
    postBackendState();
    void settledOf(scope).then(() => postToPage({ statelab: PROTOCOL_TAG, type: 'settled' }));
  } catch (error) {
    reportError(error);
    post({ type: 'done', compilatonError: true });
  }
}

function compile(modules: Record<string, SandpackModule>, force = false) {
  if (restartOnNextCompile) {
    restartOnNextCompile = false;
    force = true;
  }
  const fingerprint = JSON.stringify(modules);
  // Sandpack sends an identical compile shortly after start-up; re-running would re-mount for nothing.
  if (!force && fingerprint === lastCompiled) {
    post({ type: 'done', compilatonError: lastHadError });
    return;
  }
  const first = lastCompiled === null;
  lastCompiled = fingerprint;
  // Sandpack's refresh button forces a full run; an edit is applied with Fast Refresh where it can be.
  queue = queue.then(() => (force ? run(modules) : first && bootEntry ? adoptRun(modules) : update(modules)));
}

window.addEventListener('message', (event) => {
  if (event.source !== window.parent || !allowedOrigins.includes(event.origin)) return;
  const message = event.data;
  if (!isSandpackInbound(message)) return;
  switch (message.type) {
    case 'register-frame':
      // Once per client: an `adopt` and the frame's own `initialized` can both reach the page.
      if (message.id !== frameId) registered(message.id, event.origin);
      break;
    case 'compile':
      compile(message.modules);
      break;
    case 'refresh':
      if (lastCompiled) compile(JSON.parse(lastCompiled), true);
      break;
    case 'get-modules':
      post({ type: 'all-modules', data: Object.fromEntries(Object.entries(files).map(([path, code]) => [path, { code, path }])) });
      break;
  }
});

window.addEventListener('error', (event) => reportError(event.error ?? event.message));
window.addEventListener('unhandledrejection', (event) => reportError(event.reason));

captureConsole((log) => post({ type: 'console', log }));

// The bus connects to the page when Sandpack registers the frame (`registered`).
startProbes({
  controls: { window, allowedOrigins, source: window.parent },
  // The fault panel lists the backend's clients with their switches: keep it current as tabs appear and go offline.
  onMockBackend: (backend) => (backend as { clients?: { watch(listener: () => void): () => void } }).clients?.watch(() => postBackendState()),
});
// The page's theme, for the base stylesheet; like every control, only from the page (origin and source checked in startProbes).
bus.onControl((message) => {
  if (message.type === 'theme') applyPreviewTheme(document.documentElement, message.theme);
  if (message.type === 'restart') restartOnNextCompile = true;
  // The page's Sandpack takes over this frame (it was running before Sandpack loaded): register me.
  if (message.type === 'adopt') post({ type: 'initialized' });
  if (message.type === 'clear-storage' && lastCompiled) {
    clearStorageOnNextRun = true;
    compile(JSON.parse(lastCompiled), true);
  }
});
// The visualizer's fault controls go to the mock backend of the current run.
bus.onControl((message) => {
  if (message.type === 'play-story') void playStoryMessage(message);
  if (message.type !== 'faults') return;
  const backend = runningBackend();
  const result = backend ? backend.control(message.faults) : { ok: false as const, error: 'This playground does not run the mock backend.' };
  if (!result.ok) console.warn(`Fault control not applied: ${result.error}`);
  postBackendState(result.ok ? undefined : result.error);
});

function mountedReactRoots() {
  return [...document.querySelectorAll('*')].filter((el) =>
    Object.entries(el).some(([key, value]) => key.startsWith('__reactContainer$') && value),
  ).length;
}

/** Read by the end-to-end tests to check that re-runs leave nothing behind. */
Object.assign(window, {
  __statelabRuntime: {
    stats: () => ({ ...currentRun()?.stats(), reactRoots: mountedReactRoots() }),
  },
});

// `initialized` is what the page's Sandpack registers on. A frame that runs its example as
// shipped says it once the app is on screen: the page loads Sandpack only then (PlaygroundIsland),
// so the preview's start does not share the thread and the network with Sandpack's.
if (address.run) queue = queue.then(runShippedExample).then(() => post({ type: 'initialized' }));
else post({ type: 'initialized' });
