import { describe, expect, it, vi } from 'vitest';
import { readMessage, SandboxChannel, type ChannelHandlers, type MessageTarget } from './channel.ts';
import { dispatch } from './eventFixtures.ts';

const SANDBOX = 'http://127.0.0.1:4322';
const frame = { postMessage: vi.fn() };
const otherFrame = { postMessage: vi.fn() };
const batch = (seq: number) => ({ statelab: 1, type: 'events', seq, timeOrigin: 1000, events: [dispatch('a', 1)] });

function setup() {
  const listeners: ((e: MessageEvent) => void)[] = [];
  const target: MessageTarget = {
    addEventListener: (_type, l) => listeners.push(l),
    removeEventListener: (_type, l) => listeners.splice(listeners.indexOf(l), 1),
  };
  const handlers: ChannelHandlers = { hello: vi.fn(), events: vi.fn(), dropped: vi.fn(), diff: vi.fn(), queryTable: vi.fn(), backendState: vi.fn(), restart: vi.fn() };
  const sent: unknown[] = [];
  const post = { postMessage: (message: unknown, origin: string) => sent.push([message, origin]) };
  const channel = new SandboxChannel({ target, getFrame: () => post, sandboxOrigin: SANDBOX, handlers });
  const deliver = (data: unknown, origin = SANDBOX, source: unknown = post) => listeners.forEach((l) => l({ data, origin, source } as MessageEvent));
  return { channel, handlers, sent, deliver, listeners };
}

describe('the mock backend’s state', () => {
  it('routes a backend-state message to the fault panel and rejects a malformed one', () => {
    const { handlers, deliver } = setup();
    const state = { faults: { latency: 0, errorRate: {}, offline: true, duplicateFrames: 0, reorderFrames: 0 }, secondUser: { enabled: true, ratePerSecond: 1, projectId: null }, socketsRefusedUntil: null, connectedSockets: 1, openActivityStreams: 0 };
    deliver({ statelab: 1, type: 'backend-state', state });
    expect(handlers.backendState).toHaveBeenCalledWith(expect.objectContaining({ state }));
    deliver({ statelab: 1, type: 'backend-state', state: { faults: 'offline' } });
    expect(handlers.backendState).toHaveBeenCalledTimes(1);
  });
});

describe('reading messages from the sandbox', () => {
  it('accepts a well-formed message from this playground’s frame on the sandbox origin', () => {
    expect(readMessage({ origin: SANDBOX, source: frame, data: batch(1) }, SANDBOX, frame)).toMatchObject({ kind: 'sandbox', message: { type: 'events', seq: 1 } });
  });

  it('ignores another origin, another frame (another playground on the page) and a missing frame', () => {
    expect(readMessage({ origin: 'http://127.0.0.1:9999', source: frame, data: batch(1) }, SANDBOX, frame)).toBeNull();
    expect(readMessage({ origin: SANDBOX, source: otherFrame, data: batch(1) }, SANDBOX, frame)).toBeNull();
    expect(readMessage({ origin: SANDBOX, source: null, data: batch(1) }, SANDBOX, null)).toBeNull();
  });

  it('ignores malformed messages: wrong tag, bad events, Sandpack’s other messages', () => {
    const read = (data: unknown) => readMessage({ origin: SANDBOX, source: frame, data }, SANDBOX, frame);
    expect(read({ ...batch(1), statelab: 2 })).toBeNull();
    expect(read({ ...batch(1), events: [{ id: -1, time: 0, source: 'redux', kind: 'dispatch', label: 'x' }] })).toBeNull();
    expect(read({ ...batch(1), events: [{ id: 1, time: 0, source: 'nope', kind: 'x', label: 'x' }] })).toBeNull();
    expect(read({ statelab: 1, type: 'diff', diffId: 1, entries: 'all', truncated: false })).toBeNull();
    expect(read({ type: 'done', codesandbox: true })).toBeNull();
    expect(read('events')).toBeNull();
  });

  it('reads Sandpack’s start (a re-run) from the same frame as a restart', () => {
    expect(readMessage({ origin: SANDBOX, source: frame, data: { type: 'start', codesandbox: true, $id: 'x' } }, SANDBOX, frame)).toEqual({ kind: 'restart' });
    expect(readMessage({ origin: SANDBOX, source: otherFrame, data: { type: 'start', codesandbox: true } }, SANDBOX, frame)).toBeNull();
  });
});

describe('the page’s channel', () => {
  it('routes each message to its handler', () => {
    const { handlers, deliver } = setup();
    deliver({ statelab: 1, type: 'hello', protocol: 1, timeOrigin: 5 });
    deliver(batch(1));
    deliver({ statelab: 1, type: 'dropped', count: 3, total: 3 });
    deliver({ statelab: 1, type: 'diff', diffId: 4, entries: [{ path: ['a'], kind: 'changed', before: 1, after: 2 }], truncated: false });
    deliver({ statelab: 1, type: 'query-table', now: 1, rows: [] });
    deliver({ type: 'start', codesandbox: true });
    deliver(batch(2), 'http://evil.test');
    expect(handlers.hello).toHaveBeenCalledTimes(1);
    expect(handlers.events).toHaveBeenCalledTimes(1);
    expect(handlers.dropped).toHaveBeenCalledWith(expect.objectContaining({ count: 3 }));
    expect(handlers.diff).toHaveBeenCalledWith(expect.objectContaining({ diffId: 4 }));
    expect(handlers.queryTable).toHaveBeenCalledTimes(1);
    expect(handlers.restart).toHaveBeenCalledTimes(1);
  });

  it('sends controls to the preview frame only, with the sandbox origin as target', () => {
    const { channel, sent } = setup();
    expect(channel.send({ type: 'faults', faults: { action: 'set', settings: { offline: true } } })).toBe(true);
    expect(sent).toEqual([[{ statelab: 1, type: 'faults', faults: { action: 'set', settings: { offline: true } } }, SANDBOX]]);
  });

  it('acknowledges the latest batch once, when asked (after drawing)', () => {
    const { channel, sent, deliver } = setup();
    channel.ackReceived();
    expect(sent).toEqual([]);
    deliver(batch(1));
    deliver(batch(2));
    channel.ackReceived();
    channel.ackReceived();
    expect(sent).toEqual([[{ statelab: 1, type: 'ack', seq: 2 }, SANDBOX]]);
    // A fresh sandbox page numbers its batches from 1 again.
    deliver({ statelab: 1, type: 'hello', protocol: 1, timeOrigin: 5 });
    deliver(batch(1));
    channel.ackReceived();
    expect(sent.at(-1)).toEqual([{ statelab: 1, type: 'ack', seq: 1 }, SANDBOX]);
  });

  it('stops listening when disposed', () => {
    const { channel, listeners } = setup();
    expect(listeners).toHaveLength(1);
    channel.dispose();
    expect(listeners).toHaveLength(0);
  });
});
