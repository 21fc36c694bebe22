/**
 * The envelope of StateLab's own messages between the sandbox (runtime iframe) and the page
 * (Visualizer). Every message carries `statelab: 1` and never `codesandbox: true`, so Sandpack's
 * own listeners ignore ours and ours ignore theirs. Both directions are untrusted input for the
 * receiver (the reader's code runs in the sandbox and can post anything): validate with
 * `isSandboxMessage` / `isPageMessage`, and check `event.origin` / `event.source` as well.
 */
import { isEventSource, type TimelineEvent, type QueryTableRow } from './events.ts';
import type { DiffEntry } from './diff.ts';
import { isSerialized } from './serialize.ts';
import type { BackendControl, BackendState } from '../mocks/controls.ts';

export const PROTOCOL_TAG = 1 as const;
export const PROTOCOL_VERSION = 1 as const;

interface Envelope {
  statelab: typeof PROTOCOL_TAG;
}

// ---------------------------------------------------------------------------------------------
// sandbox → page

/** Sent when the bus gets a transport (a fresh run of the reader's code). */
export interface HelloMessage extends Envelope {
  type: 'hello';
  protocol: typeof PROTOCOL_VERSION;
  /** `performance.timeOrigin` of the sandbox: add it to an event's `time` for epoch ms. */
  timeOrigin: number;
}

/** A batch of events, in id order. */
export interface EventsMessage extends Envelope {
  type: 'events';
  /** Batch sequence number; the page may `ack` it (enables flow control). */
  seq: number;
  timeOrigin: number;
  events: TimelineEvent[];
}

/** Events the sandbox had to drop (oldest first) because its bounded buffer overflowed. */
export interface DroppedMessage extends Envelope {
  type: 'dropped';
  /** Dropped since the previous `dropped` message. */
  count: number;
  /** Dropped since the session started. */
  total: number;
}

/** Reply to `request-diff`. */
export interface DiffMessage extends Envelope {
  type: 'diff';
  diffId: number;
  entries: DiffEntry[];
  truncated: boolean;
  /** 'expired' when the (prev, next) pair was evicted from the bounded diff store. */
  error?: 'expired' | 'failed';
  message?: string;
}

/** Snapshot of every QueryClient's cache (reply to `request-query-table`). */
export interface QueryTableMessage extends Envelope {
  type: 'query-table';
  /** `Date.now()` in the sandbox when the snapshot was taken. */
  now: number;
  rows: QueryTableRow[];
}

/**
 * The mock backend's fault settings as they are, after each run and after each fault
 * control (so the page's fault panel shows the truth, not its own guess). `state` is null
 * when the playground runs no mock backend; `error` says why a control was refused.
 */
export interface BackendStateMessage extends Envelope {
  type: 'backend-state';
  state: BackendState | null;
  error?: string;
}

/**
 * A run's start-up is over: its code ran, the requests it made at start have been answered,
 * and the preview has painted what they brought (see `playground/runtime/settle.ts`). The
 * page waits for it before work that can wait, such as mounting the code editor, so that
 * work doesn't hold up the preview's first paint on the thread they share.
 */
export interface SettledMessage extends Envelope {
  type: 'settled';
}

/**
 * How a scripted story (`play-story`) is going: `step` steps of `of` are done. `done` once the
 * last one is (or once one failed: then `error` says why). The page reads its metrics then.
 */
export interface StoryProgressMessage extends Envelope {
  type: 'story-progress';
  storyId: number;
  step: number;
  of: number;
  done: boolean;
  error?: string;
}

/** Why a test failed, as the Tests tab shows it. */
export interface TestFailure {
  message: string;
  /** Set for an assertion that compares two values (`toBe`, `toEqual`, …), printed as Vitest prints them. */
  expected?: string;
  received?: string;
  /** Where it failed in the reader's files (for an assertion, the line of its `expect`). */
  file?: string;
  line?: number;
}

export interface TestResult {
  /** The enclosing `describe` names and the test's name, outermost first. */
  path: string[];
  status: 'pass' | 'fail' | 'skip';
  durationMs: number;
  failure?: TestFailure;
}

/** One test file's run; `error` when the file itself failed (it did not compile, or threw outside `it`). */
export interface TestFileResult {
  file: string;
  durationMs: number;
  tests: TestResult[];
  error?: TestFailure;
}

/** The Tests tab's results for the files of `run-tests` number `runId` (from the tests frame). */
export interface TestResultsMessage extends Envelope {
  type: 'test-results';
  runId: number;
  /** From receiving the files to the last result. */
  durationMs: number;
  files: TestFileResult[];
}

/** The Tests tab's frame is listening for `run-tests` (sent once, when it has loaded). */
export interface TestsReadyMessage extends Envelope {
  type: 'tests-ready';
}

export type SandboxMessage =
  | TestsReadyMessage
  | TestResultsMessage
  | HelloMessage
  | StoryProgressMessage
  | EventsMessage
  | DroppedMessage
  | DiffMessage
  | QueryTableMessage
  | BackendStateMessage
  | SettledMessage;

// ---------------------------------------------------------------------------------------------
// page → sandbox (controls)

/**
 * A command for the mock backend's fault controls (latency, error rate, offline, drop socket,
 * second user), as `playground/mocks/controls.ts` defines it. `isPageMessage` only checks that it
 * is a plain object: the sandbox applies it with `backend.control()`, which validates it.
 */
export type FaultControls = BackendControl;

export interface PauseMessage extends Envelope {
  type: 'pause';
}
export interface ResumeMessage extends Envelope {
  type: 'resume';
}
export interface ClearMessage extends Envelope {
  type: 'clear';
}
export interface RequestDiffMessage extends Envelope {
  type: 'request-diff';
  diffId: number;
}
export interface FaultsMessage extends Envelope {
  type: 'faults';
  faults: FaultControls;
}
/** Acknowledges an `events` batch; once the page acks, the bus keeps at most N batches in flight. */
export interface AckMessage extends Envelope {
  type: 'ack';
  seq: number;
}
export interface RequestQueryTableMessage extends Envelope {
  type: 'request-query-table';
}
/**
 * The docs page's theme, for the preview's base stylesheet: sent when the reader switches it
 * and when a run starts. (The first paint takes it from the frame's URL, `#theme=…`.)
 */
export interface ThemeMessage extends Envelope {
  type: 'theme';
  theme: 'light' | 'dark';
}

/**
 * Reset: the next compile runs the code from the start (a fresh app, mock backend and timeline),
 * even where it could be applied as a Fast Refresh. The page sends it just before it puts the
 * example's own files back, so an edit to components alone (a refresh that would keep state)
 * still starts the app over. Without a file change to compile, the page sends Sandpack's
 * `refresh` instead.
 */
export interface RestartMessage extends Envelope {
  type: 'restart';
}

/**
 * Clear storage: the example's own localStorage, sessionStorage and IndexedDB (its namespace,
 * see `playground/runtime/storageNamespace.ts`) are emptied, then the code runs again from the
 * start, as on a first visit.
 */
export interface ClearStorageMessage extends Envelope {
  type: 'clear-storage';
}

/**
 * One step of a scripted user story, done in the preview as a person would do it: pick an option
 * in the <select> whose <label> starts with `label`, press the button named `button` in the list
 * item whose text starts with `item`, or wait until `text` shows.
 */
export type StoryStep =
  | { do: 'choose'; label: string; value: string }
  | { do: 'press'; item: string; button: string }
  | { do: 'wait-for'; text: string };

/**
 * Plays a story in the preview: the runtime runs the code again (a fresh app, mock backend and
 * timeline), waits for it to settle, then does each step and waits for the app to settle and
 * for a person's pause (`pauseMs`) before the next. Replies with `story-progress`.
 */
export interface PlayStoryMessage extends Envelope {
  type: 'play-story';
  storyId: number;
  steps: StoryStep[];
  pauseMs: number;
}

/**
 * To the Tests tab's frame (the runtime's `tests.html`, beside the preview): run the test files
 * among `files` against the other files, and reply with `test-results`. A new one gives up the
 * run in progress.
 */
export interface RunTestsMessage extends Envelope {
  type: 'run-tests';
  runId: number;
  files: Record<string, string>;
}

/**
 * A preview frame that started before Sandpack loaded (it runs its example as shipped, see
 * `playground/protocol/previewUrl.ts`) is being taken over by the page's Sandpack client: the
 * runtime says `initialized` again, so the client registers and sends its compile.
 */
export interface AdoptMessage extends Envelope {
  type: 'adopt';
}

export type PageMessage =
  | RunTestsMessage
  | AdoptMessage
  | PlayStoryMessage
  | PauseMessage
  | ResumeMessage
  | ClearMessage
  | RequestDiffMessage
  | FaultsMessage
  | AckMessage
  | RequestQueryTableMessage
  | ThemeMessage
  | RestartMessage
  | ClearStorageMessage;

/** Alias: every page→sandbox message is a control. */
export type ControlMessage = PageMessage;

// ---------------------------------------------------------------------------------------------
// constructors

export function sandboxMessage<M extends SandboxMessage>(body: Omit<M, 'statelab'>): M {
  return { statelab: PROTOCOL_TAG, ...body } as M;
}

export function pageMessage<M extends PageMessage>(body: Omit<M, 'statelab'>): M {
  return { statelab: PROTOCOL_TAG, ...body } as M;
}

// ---------------------------------------------------------------------------------------------
// guards (untrusted input)

const MAX_BATCH = 10_000;
const MAX_NODES_PER_VALUE = 20_000;

function isRecord(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

function isEnvelope(x: unknown): x is Record<string, unknown> & Envelope & { type: string } {
  return isRecord(x) && x.statelab === PROTOCOL_TAG && typeof x.type === 'string' && !('codesandbox' in x);
}

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const nonNegativeInt = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;

/** Validates the shape of one timeline event (bounded). */
export function isTimelineEvent(x: unknown): x is TimelineEvent {
  if (!isRecord(x)) return false;
  if (!nonNegativeInt(x.id) || !finite(x.time)) return false;
  if (!isEventSource(x.source) || typeof x.kind !== 'string' || typeof x.label !== 'string') return false;
  if (x.kind.length > 200 || x.label.length > 10_000) return false;
  if (x.duration !== undefined && !finite(x.duration)) return false;
  if (x.diffId !== undefined && !nonNegativeInt(x.diffId)) return false;
  if (x.internal !== undefined && (typeof x.internal !== 'string' || x.internal.length > 100)) return false;
  if (x.changedPaths !== undefined) {
    if (!Array.isArray(x.changedPaths) || x.changedPaths.length > 1000) return false;
    if (!x.changedPaths.every((p) => typeof p === 'string')) return false;
  }
  if (x.data !== undefined && !isSerialized(x.data, MAX_NODES_PER_VALUE)) return false;
  if (x.meta !== undefined && !(isRecord(x.meta) && isSerialized(x.meta, MAX_NODES_PER_VALUE))) return false;
  return true;
}

function isDiffEntry(x: unknown): x is DiffEntry {
  if (!isRecord(x)) return false;
  if (!Array.isArray(x.path) || !x.path.every((p) => typeof p === 'string')) return false;
  if (x.kind !== 'added' && x.kind !== 'removed' && x.kind !== 'changed') return false;
  if (x.before !== undefined && !isSerialized(x.before, MAX_NODES_PER_VALUE)) return false;
  if (x.after !== undefined && !isSerialized(x.after, MAX_NODES_PER_VALUE)) return false;
  return true;
}

/** Whether `x` is a well-formed sandbox→page message. */
export function isSandboxMessage(x: unknown): x is SandboxMessage {
  if (!isEnvelope(x)) return false;
  switch (x.type) {
    case 'hello':
      return x.protocol === PROTOCOL_VERSION && finite(x.timeOrigin);
    case 'events':
      return (
        nonNegativeInt(x.seq) &&
        finite(x.timeOrigin) &&
        Array.isArray(x.events) &&
        x.events.length <= MAX_BATCH &&
        x.events.every(isTimelineEvent)
      );
    case 'dropped':
      return nonNegativeInt(x.count) && nonNegativeInt(x.total);
    case 'diff':
      return (
        nonNegativeInt(x.diffId) &&
        typeof x.truncated === 'boolean' &&
        Array.isArray(x.entries) &&
        x.entries.length <= MAX_BATCH &&
        x.entries.every(isDiffEntry) &&
        (x.error === undefined || x.error === 'expired' || x.error === 'failed') &&
        (x.message === undefined || typeof x.message === 'string')
      );
    case 'query-table':
      return (
        finite(x.now) &&
        Array.isArray(x.rows) &&
        x.rows.length <= MAX_BATCH &&
        x.rows.every(
          (r) =>
            isRecord(r) &&
            typeof r.client === 'string' &&
            typeof r.queryHash === 'string' &&
            typeof r.status === 'string' &&
            typeof r.fetchStatus === 'string' &&
            typeof r.isStale === 'boolean' &&
            finite(r.dataUpdatedAt) &&
            nonNegativeInt(r.observers) &&
            isSerialized(r, MAX_NODES_PER_VALUE),
        )
      );
    case 'settled':
    case 'tests-ready':
      return true;
    case 'test-results':
      return nonNegativeInt(x.runId) && finite(x.durationMs) && Array.isArray(x.files) && x.files.length <= 100 && x.files.every(isTestFileResult);
    case 'story-progress':
      return (
        nonNegativeInt(x.storyId) &&
        nonNegativeInt(x.step) &&
        nonNegativeInt(x.of) &&
        typeof x.done === 'boolean' &&
        (x.error === undefined || typeof x.error === 'string')
      );
    case 'backend-state':
      return (
        (x.error === undefined || typeof x.error === 'string') &&
        (x.state === null ||
          (isRecord(x.state) &&
            isRecord(x.state.faults) &&
            isRecord(x.state.secondUser) &&
            typeof x.state.faults.offline === 'boolean' &&
            isRecord(x.state.faults.errorRate) &&
            typeof x.state.secondUser.enabled === 'boolean'))
      );
    default:
      return false;
  }
}

function isTestFailure(x: unknown): x is TestFailure {
  return (
    isRecord(x) &&
    typeof x.message === 'string' &&
    (x.expected === undefined || typeof x.expected === 'string') &&
    (x.received === undefined || typeof x.received === 'string') &&
    (x.file === undefined || typeof x.file === 'string') &&
    (x.line === undefined || nonNegativeInt(x.line))
  );
}

function isTestFileResult(x: unknown): x is TestFileResult {
  return (
    isRecord(x) &&
    typeof x.file === 'string' &&
    finite(x.durationMs) &&
    (x.error === undefined || isTestFailure(x.error)) &&
    Array.isArray(x.tests) &&
    x.tests.length <= 10_000 &&
    x.tests.every(
      (t) =>
        isRecord(t) &&
        Array.isArray(t.path) &&
        t.path.every((p) => typeof p === 'string') &&
        (t.status === 'pass' || t.status === 'fail' || t.status === 'skip') &&
        finite(t.durationMs) &&
        (t.failure === undefined || isTestFailure(t.failure)),
    )
  );
}

const shortText = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 200;

export function isStoryStep(x: unknown): x is StoryStep {
  if (!isRecord(x)) return false;
  switch (x.do) {
    case 'choose':
      return shortText(x.label) && typeof x.value === 'string' && x.value.length <= 200;
    case 'press':
      return shortText(x.item) && shortText(x.button);
    case 'wait-for':
      return shortText(x.text);
    default:
      return false;
  }
}

/** Whether `x` is a well-formed page→sandbox control message. */
export function isPageMessage(x: unknown): x is PageMessage {
  if (!isEnvelope(x)) return false;
  switch (x.type) {
    case 'pause':
    case 'resume':
    case 'clear':
    case 'request-query-table':
    case 'restart':
    case 'clear-storage':
    case 'adopt':
      return true;
    case 'request-diff':
      return nonNegativeInt(x.diffId);
    case 'ack':
      return nonNegativeInt(x.seq);
    case 'faults':
      return isRecord(x.faults);
    case 'theme':
      return x.theme === 'light' || x.theme === 'dark';
    case 'run-tests':
      return nonNegativeInt(x.runId) && isRecord(x.files) && Object.values(x.files).every((code) => typeof code === 'string');
    case 'play-story':
      return (
        nonNegativeInt(x.storyId) &&
        nonNegativeInt(x.pauseMs) &&
        x.pauseMs <= 10_000 &&
        Array.isArray(x.steps) &&
        x.steps.length <= 100 &&
        x.steps.every(isStoryStep)
      );
    default:
      return false;
  }
}
