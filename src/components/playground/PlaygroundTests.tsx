import { useSandpack } from '@codesandbox/sandpack-react';
import { useEffect, useRef, useState } from 'react';
import {
  isSandboxMessage,
  pageMessage,
  type RunTestsMessage,
  type TestFailure,
  type TestResultsMessage,
} from '../../../playground/protocol/messages.ts';

/** As the preview's recompile delay: a burst of keystrokes is one run. */
const RUN_DELAY_MS = 200;

export interface TestsState {
  /** A run was asked for and its results are not in yet. */
  running: boolean;
  results: TestResultsMessage | null;
}

export function summarize(results: TestResultsMessage | null) {
  const tests = results?.files.flatMap((f) => f.tests) ?? [];
  const failedFiles = results?.files.filter((f) => f.error).length ?? 0;
  return {
    passed: tests.filter((t) => t.status === 'pass').length,
    failed: tests.filter((t) => t.status === 'fail').length + failedFiles,
    skipped: tests.filter((t) => t.status === 'skip').length,
  };
}

/**
 * Runs the playground's test files in the Tests tab's frame (the runtime's `tests.html`, a
 * hidden frame of its own, so tests never touch the preview's app) whenever the files change.
 */
export function useTestRuns(testsUrl: string): [TestsState, React.ReactElement] {
  const { sandpack } = useSandpack();
  const frame = useRef<HTMLIFrameElement>(null);
  const [loaded, setLoaded] = useState(false);
  const lastRunId = useRef(0);
  const [state, setState] = useState<TestsState>({ running: true, results: null });
  const origin = new URL(testsUrl).origin;

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.current?.contentWindow || event.origin !== origin) return;
      if (!isSandboxMessage(event.data)) return;
      if (event.data.type === 'tests-ready') setLoaded(true);
      if (event.data.type !== 'test-results' || event.data.runId !== lastRunId.current) return;
      setState({ running: false, results: event.data });
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [origin]);

  const code = Object.fromEntries(Object.entries(sandpack.files).map(([path, file]) => [path, file.code]));
  const fingerprint = JSON.stringify(code);
  useEffect(() => {
    if (!loaded) return;
    const timer = setTimeout(() => {
      const runId = ++lastRunId.current;
      setState((previous) => ({ ...previous, running: true }));
      frame.current?.contentWindow?.postMessage(pageMessage<RunTestsMessage>({ type: 'run-tests', runId, files: JSON.parse(fingerprint) }), origin);
    }, RUN_DELAY_MS);
    return () => clearTimeout(timer);
  }, [loaded, fingerprint, origin]);

  const element = (
    <iframe
      ref={frame}
      src={testsUrl}
      title="Test runner"
      className="playground__tests-frame"
      aria-hidden="true"
      tabIndex={-1}
    />
  );
  return [state, element];
}

function Failure({ failure, onOpen }: { failure: TestFailure; onOpen: (file: string) => void }) {
  return (
    <div className="playground__test-failure">
      <pre className="playground__test-message">{failure.message}</pre>
      {failure.expected !== undefined && (
        <dl className="playground__test-values">
          <dt>Expected</dt>
          <dd>
            <code data-test-expected>{failure.expected}</code>
          </dd>
          <dt>Received</dt>
          <dd>
            <code data-test-received>{failure.received}</code>
          </dd>
        </dl>
      )}
      {failure.file && (
        <button type="button" className="playground__test-location" onClick={() => onOpen(failure.file!)} data-test-location={`${failure.file.slice(1)}:${failure.line ?? ''}`}>
          {failure.file.slice(1)}:{failure.line}
        </button>
      )}
    </div>
  );
}

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

/** The Tests tab's panel: each file, each test passed or failed, why, where, and how long it took. */
export function TestsPanel({ state, hidden, id, labelledBy }: { state: TestsState; hidden: boolean; id: string; labelledBy: string }) {
  const { sandpack } = useSandpack();
  const { results, running } = state;
  const { passed, failed, skipped } = summarize(results);
  const status = running ? 'running' : !results ? 'running' : failed > 0 ? 'fail' : 'pass';
  const open = (file: string) => {
    if (file in sandpack.files) sandpack.openFile(file);
  };
  return (
    <div role="tabpanel" id={id} aria-labelledby={labelledBy} hidden={hidden} className="playground__tests" data-playground-tests={status}>
      <p className="playground__tests-summary" role="status">
        {!results ? (
          'Running the tests…'
        ) : (
          <>
            <span data-tests-passed={passed}>{passed} passed</span>
            {failed > 0 && <span data-tests-failed={failed}>, {failed} failed</span>}
            {skipped > 0 && <span>, {skipped} skipped</span>}
            <span> · {ms(results.durationMs)}</span>
            {running && <span> · re-running…</span>}
          </>
        )}
      </p>
      {results?.files.map((file) => (
        <section key={file.file} className="playground__test-file" data-test-file={file.file}>
          <h3>
            {file.file.slice(1)} <span className="playground__test-duration">{ms(file.durationMs)}</span>
          </h3>
          {file.error && (
            <div className="playground__test" data-test-status="fail" data-test-file-error>
              <span aria-hidden="true">✗ </span>The file did not run
              <Failure failure={file.error} onOpen={open} />
            </div>
          )}
          <ul>
            {file.tests.map((test) => (
              <li key={test.path.join('\u0000')} className="playground__test" data-test-status={test.status} data-test-name={test.path.join(' › ')}>
                <span aria-hidden="true">{test.status === 'pass' ? '✓ ' : test.status === 'fail' ? '✗ ' : '○ '}</span>
                <span className="playground__sr-only">{test.status === 'pass' ? 'Passed: ' : test.status === 'fail' ? 'Failed: ' : 'Skipped: '}</span>
                {test.path.join(' › ')} <span className="playground__test-duration">{ms(test.durationMs)}</span>
                {test.failure && <Failure failure={test.failure} onOpen={open} />}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
