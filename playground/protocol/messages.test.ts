import { describe, expect, it } from 'vitest';
import { isPageMessage, isSandboxMessage, isTimelineEvent, pageMessage, sandboxMessage, type EventsMessage } from './messages.ts';
import { serialize } from './serialize.ts';

const event = {
  id: 1,
  time: 12.5,
  source: 'redux',
  kind: 'dispatch',
  label: 'todos/added',
  duration: 0.2,
  data: serialize({ type: 'todos/added', payload: { id: 1, due: new Date(0), extra: undefined } }),
  changedPaths: ['todos'],
  diffId: 3,
  meta: { store: 'store#1', actionType: 'todos/added', rtkQuery: undefined },
};

describe('isSandboxMessage', () => {
  it('accepts a well-formed events batch', () => {
    const msg = sandboxMessage<EventsMessage>({ type: 'events', seq: 1, timeOrigin: 1000, events: [event as never] });
    expect(msg.statelab).toBe(1);
    expect(isSandboxMessage(msg)).toBe(true);
    expect(isSandboxMessage(structuredClone(msg))).toBe(true);
  });

  it('accepts hello, dropped, settled, diff and query-table messages', () => {
    expect(isSandboxMessage({ statelab: 1, type: 'hello', protocol: 1, timeOrigin: 5 })).toBe(true);
    expect(isSandboxMessage({ statelab: 1, type: 'dropped', count: 3, total: 10 })).toBe(true);
    expect(isSandboxMessage({ statelab: 1, type: 'settled' })).toBe(true);
    expect(isSandboxMessage({ statelab: 1, type: 'tests-ready' })).toBe(true);
    expect(
      isSandboxMessage({
        statelab: 1,
        type: 'diff',
        diffId: 2,
        truncated: false,
        entries: [{ path: ['a'], kind: 'changed', before: 1, after: 2 }],
      }),
    ).toBe(true);
    expect(
      isSandboxMessage({
        statelab: 1,
        type: 'query-table',
        now: 1,
        rows: [
          {
            client: 'client#1',
            queryHash: '["todos"]',
            queryKey: ['todos'],
            status: 'success',
            fetchStatus: 'idle',
            isStale: true,
            isInvalidated: false,
            staleTime: 0,
            gcTime: 300000,
            dataUpdatedAt: 5,
            observers: 1,
          },
        ],
      }),
    ).toBe(true);
  });

  it('rejects Sandpack messages, other tags and malformed payloads', () => {
    expect(isSandboxMessage({ statelab: 1, type: 'events', seq: 1, timeOrigin: 0, events: [], codesandbox: true })).toBe(false);
    expect(isSandboxMessage({ codesandbox: true, type: 'done' })).toBe(false);
    expect(isSandboxMessage({ statelab: 2, type: 'hello', protocol: 1, timeOrigin: 0 })).toBe(false);
    expect(isSandboxMessage({ statelab: 1, type: 'events', seq: -1, timeOrigin: 0, events: [] })).toBe(false);
    expect(isSandboxMessage({ statelab: 1, type: 'events', seq: 1, timeOrigin: 0, events: [{ ...event, source: 'evil' }] })).toBe(false);
    expect(isSandboxMessage({ statelab: 1, type: 'events', seq: 1, timeOrigin: 0, events: [{ ...event, label: 5 }] })).toBe(false);
    expect(isSandboxMessage({ statelab: 1, type: 'diff', diffId: 1, truncated: false, entries: [{ path: 'a', kind: 'changed' }] })).toBe(false);
    expect(isSandboxMessage({ statelab: 1, type: 'nope' })).toBe(false);
    expect(isSandboxMessage(null)).toBe(false);
    expect(isSandboxMessage('{"statelab":1}')).toBe(false);
  });

  it('rejects event data that is not a JSON-safe tree', () => {
    expect(isTimelineEvent({ ...event, data: { f: () => 1 } })).toBe(false);
    expect(isTimelineEvent({ ...event, data: new Map() })).toBe(false);
    expect(isTimelineEvent({ ...event, duration: Infinity })).toBe(false);
  });
});

describe('isPageMessage', () => {
  it('accepts every control', () => {
    for (const type of ['pause', 'resume', 'clear', 'request-query-table', 'restart'] as const) {
      expect(isPageMessage(pageMessage({ type }))).toBe(true);
    }
    expect(isPageMessage({ statelab: 1, type: 'request-diff', diffId: 4 })).toBe(true);
    expect(isPageMessage({ statelab: 1, type: 'ack', seq: 2 })).toBe(true);
    expect(isPageMessage({ statelab: 1, type: 'faults', faults: { latencyMs: 800, errorRate: 0.5, offline: false } })).toBe(true);
    expect(isPageMessage({ statelab: 1, type: 'theme', theme: 'dark' })).toBe(true);
  });

  it('rejects malformed controls', () => {
    expect(isPageMessage({ statelab: 1, type: 'request-diff', diffId: '4' })).toBe(false);
    expect(isPageMessage({ statelab: 1, type: 'faults', faults: 'offline' })).toBe(false);
    expect(isPageMessage({ statelab: 1, type: 'theme', theme: 'sepia' })).toBe(false);
    expect(isPageMessage({ statelab: 1, type: 'pause', codesandbox: true })).toBe(false);
    expect(isPageMessage({ type: 'pause' })).toBe(false);
  });
});

describe('the story messages', () => {
  const steps = [
    { do: 'wait-for', text: 'Add conflict dialog' },
    { do: 'choose', label: 'Status', value: 'todo' },
    { do: 'press', item: 'Add conflict dialog', button: 'Mark done' },
  ];

  it('accepts a story to play and its progress', () => {
    expect(isPageMessage({ statelab: 1, type: 'play-story', storyId: 1, steps, pauseMs: 600 })).toBe(true);
    expect(isSandboxMessage({ statelab: 1, type: 'story-progress', storyId: 1, step: 2, of: 3, done: false })).toBe(true);
    expect(isSandboxMessage({ statelab: 1, type: 'story-progress', storyId: 1, step: 1, of: 3, done: true, error: 'no button' })).toBe(true);
  });

  it('rejects unknown steps, empty targets, long pauses and malformed progress', () => {
    const play = (body: object) => isPageMessage({ statelab: 1, type: 'play-story', storyId: 1, steps, pauseMs: 600, ...body });
    expect(play({ steps: [{ do: 'eval', code: 'alert(1)' }] })).toBe(false);
    expect(play({ steps: [{ do: 'press', item: '', button: 'Mark done' }] })).toBe(false);
    expect(play({ steps: [{ do: 'choose', label: 'Status' }] })).toBe(false);
    expect(play({ pauseMs: 60_000 })).toBe(false);
    expect(play({ storyId: -1 })).toBe(false);
    expect(isSandboxMessage({ statelab: 1, type: 'story-progress', storyId: 1, step: 1, of: 3 })).toBe(false);
  });
});

describe('the Tests tab messages', () => {
  const results = {
    statelab: 1,
    type: 'test-results',
    runId: 3,
    durationMs: 41.5,
    files: [
      {
        file: '/tasks.test.ts',
        durationMs: 12,
        tests: [
          { path: ['tasksReducer', 'adds a task'], status: 'pass', durationMs: 1.2 },
          {
            path: ['tasksReducer', 'toggles'],
            status: 'fail',
            durationMs: 0.8,
            failure: { message: 'expected true to be false', expected: 'false', received: 'true', file: '/tasks.test.ts', line: 14 },
          },
        ],
      },
      { file: '/broken.test.ts', durationMs: 1, tests: [], error: { message: 'SyntaxError: Unexpected token', file: '/broken.test.ts', line: 3 } },
    ],
  };

  it('accepts test results, and run-tests with the files', () => {
    expect(isSandboxMessage(results)).toBe(true);
    expect(isPageMessage({ statelab: 1, type: 'run-tests', runId: 1, files: { '/a.test.ts': 'it("x", () => {})' } })).toBe(true);
  });

  it('rejects malformed results and files', () => {
    const badStatus = structuredClone(results);
    (badStatus.files[0]!.tests[0] as { status: string }).status = 'maybe';
    expect(isSandboxMessage(badStatus)).toBe(false);
    const badLine = structuredClone(results);
    (badLine.files[0]!.tests[1]!.failure as { line: unknown }).line = '14';
    expect(isSandboxMessage(badLine)).toBe(false);
    expect(isPageMessage({ statelab: 1, type: 'run-tests', runId: 1, files: { '/a.ts': 42 } })).toBe(false);
    expect(isPageMessage({ statelab: 1, type: 'run-tests', runId: -1, files: {} })).toBe(false);
  });
});
