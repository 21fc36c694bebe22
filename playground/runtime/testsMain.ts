/**
 * The Tests tab's frame (`tests.html`): the same runtime as the preview (its module registry,
 * transpiler, loop guard and vendor modules) in a frame of its own beside it, so that tests get
 * their own window, document, stores and mock backend and never touch the app in the preview.
 * The page sends `run-tests` with the playground's files after each edit; each test file runs
 * with freshly evaluated modules, and the results go back as `test-results`.
 */
import { isPageMessage, PROTOCOL_TAG, type RunTestsMessage, type TestFileResult, type TestResultsMessage, type TestsReadyMessage } from '../protocol/messages.ts';
import { createLoopGuard } from './loopGuard.ts';
import { ModuleRegistry } from './moduleRegistry.ts';
import { allowedParentOrigins } from './origins.ts';
import { RunScope } from './runScope.ts';
import { collecting } from './testing/current.ts';
import { fakeTimers } from './testing/fakeTimers.ts';
import { describeFailure, TEST_FILE } from './testing/failure.ts';
import { Collector, runSuite } from './testing/runner.ts';
import { loadPrecompiled } from './transpileCache.ts';
import { loadVendorModule } from './vendorModules.ts';

const allowedOrigins = allowedParentOrigins();
const loopGuard = createLoopGuard();
const precompiled = loadPrecompiled('/transpiled.json');
// Kept from start-up: a test may fake `performance` (vi.useFakeTimers).
const now = performance.now.bind(performance);
// What React's act() checks; Testing Library's render and events wrap themselves in act.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// Loaded before the first run, as the preview preloads React.
for (const specifier of ['vitest', 'react', 'react/jsx-dev-runtime']) void loadVendorModule(specifier);

function post(message: TestResultsMessage | TestsReadyMessage) {
  for (const origin of allowedOrigins) window.parent.postMessage(message, origin);
}

/** Why a file could not run; a missing mock backend is named as such. */
function fileError(error: unknown, files: Record<string, string>) {
  const failure = describeFailure(error, files);
  if (/'@\/mocks\/node'/.test(failure.message)) {
    failure.message = `${failure.message} The mock backend is in a playground only when its example's meta has mockBackend: true.`;
  }
  return failure;
}

async function runFile(file: string, files: Record<string, string>, signal: AbortSignal): Promise<TestFileResult> {
  const start = now();
  const scope = new RunScope();
  const registry = new ModuleRegistry(files, scope.trackedGlobals(), loopGuard, () => {});
  const done = (rest: Omit<TestFileResult, 'file' | 'durationMs'>): TestFileResult => ({ file, durationMs: now() - start, ...rest });
  const usesTestingLibrary = Object.values(files).some((code) => code.includes('@testing-library/react'));
  try {
    const collector = new Collector();
    try {
      await registry.prepare(file);
      collecting(collector, files, () => registry.evaluate(file));
    } catch (error) {
      // A syntax error, a missing import, or an error thrown outside it(): the file fails as a whole.
      return done({ tests: [], error: fileError(error, files) });
    }
    if (collector.count() === 0) return done({ tests: [], error: { message: 'No tests found in this file: it has no it() or test() calls.', file } });
    const tests = await runSuite(collector.root, {
      signal,
      describe: (error) => describeFailure(error, files),
      beforeEachTest: () => fakeTimers.enterTest(),
      afterEachTest: async () => {
        try {
          if (usesTestingLibrary) ((await loadVendorModule('@testing-library/react')) as { cleanup(): void }).cleanup();
        } finally {
          fakeTimers.leaveTest();
        }
      },
    });
    return done({ tests });
  } finally {
    fakeTimers.useRealTimers();
    await scope.dispose();
    document.body.replaceChildren();
  }
}

let current: AbortController | null = null;
let queue: Promise<void> = Promise.resolve();

function runTests({ runId, files }: RunTestsMessage) {
  current?.abort(new Error('A newer edit replaced this run.'));
  const controller = new AbortController();
  current = controller;
  // The previous run gives up at once (its test in progress is abandoned) and cleans up first.
  queue = queue.then(async () => {
    if (controller.signal.aborted) return;
    const start = now();
    await precompiled;
    const results: TestFileResult[] = [];
    for (const file of Object.keys(files).filter((path) => TEST_FILE.test(path)).sort()) {
      results.push(await runFile(file, files, controller.signal));
    }
    if (controller.signal.aborted) return;
    post({ statelab: PROTOCOL_TAG, type: 'test-results', runId, durationMs: now() - start, files: results });
  });
}

window.addEventListener('message', (event) => {
  if (event.source !== window.parent || !allowedOrigins.includes(event.origin)) return;
  if (isPageMessage(event.data) && event.data.type === 'run-tests') runTests(event.data);
});

// An error a test left behind (a rejection nobody awaited) must not end the frame's work.
window.addEventListener('unhandledrejection', (event) => event.preventDefault());

post({ statelab: PROTOCOL_TAG, type: 'tests-ready' });
