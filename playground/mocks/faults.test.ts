import { afterEach, describe, expect, it } from 'vitest';
import { validateBackendControl } from './controls';
import { REORDER_HOLD_MS, validateFaultControl, validateFaultSettings } from './faults';
import { createManualClock, startMockBackend, type MockBackend } from './node';
import { CLOSE_CODES } from './realtime';
import { api, connectSocket, settle, type TestSocket } from './test-helpers';

let backend: MockBackend;
afterEach(() => backend.stop());

async function subscribed(): Promise<TestSocket> {
  const client = connectSocket();
  await client.opened;
  client.send({ type: 'subscribe', entity: 'tasks' });
  await client.next('SUBSCRIBED');
  return client;
}

/** Changes task `index` over REST; each change makes one push. */
async function touch(index: number) {
  const task = backend.db.list('tasks')[index]!;
  await api(`/tasks/${task.id}`, { method: 'PATCH', body: { version: task.version, title: `Touched ${index}` } });
  return task.id;
}

const pushedIds = (client: TestSocket) =>
  client.received.filter((m) => m.type === 'ENTITY_UPDATED').map((m) => (m.payload as { id: string }).id);

describe('latency', () => {
  it('holds each answer for the fixed latency', async () => {
    const clock = createManualClock();
    backend = startMockBackend({ seed: 1, clock, faults: { latency: 300 } });
    let answered = false;
    const request = api('/me').then((result) => {
      answered = true;
      return result;
    });
    await settle();
    clock.advance(299);
    await settle();
    expect(answered).toBe(false);
    clock.advance(1);
    expect((await request).status).toBe(200);
  });

  it('draws each latency from a [min, max] range', async () => {
    backend = startMockBackend({ seed: 1, faults: { latency: [0, 20] } });
    for (let i = 0; i < 20; i++) await api('/me');
    const latencies = backend.faults.history().map((d) => (d.kind === 'http' ? d.latencyMs : -1));
    expect(latencies.every((ms) => ms >= 0 && ms <= 20)).toBe(true);
    expect(new Set(latencies).size).toBeGreaterThan(5);
  });
});

describe('error rate per route', () => {
  it('answers 500 with a message on the chosen route only', async () => {
    backend = startMockBackend({ seed: 1 });
    backend.faults.set({ errorRate: { 'GET /tasks': 1 } });
    const failed = await api('/tasks');
    expect(failed.status).toBe(500);
    expect(failed.body.message).toBe('Internal server error (simulated: error rate on GET /tasks)');
    expect((await api('/tasks/task_001')).status).toBe(200);
    expect((await api('/projects')).status).toBe(200);
  });

  it('applies "*" to every route not listed, including the socket-less 404 and the stream', async () => {
    backend = startMockBackend({ seed: 1, faults: { errorRate: { '*': 1, 'GET /me': 0 } } });
    expect((await api('/me')).status).toBe(200);
    expect((await api('/users')).status).toBe(500);
    expect((await api('/nowhere')).status).toBe(500);
    expect((await api('/activity')).status).toBe(500);
  });

  it('fails about the given share of requests', async () => {
    backend = startMockBackend({ seed: 1, faults: { errorRate: { 'GET /me': 0.3 } } });
    let failures = 0;
    for (let i = 0; i < 200; i++) if ((await api('/me')).status === 500) failures++;
    expect(failures).toBeGreaterThan(40);
    expect(failures).toBeLessThan(80);
  });
});

describe('offline', () => {
  it('fails every request with a network error, then recovers', async () => {
    backend = startMockBackend({ seed: 1 });
    backend.faults.set({ offline: true });
    await expect(fetch('https://api.statelab.test/tasks')).rejects.toThrow(TypeError);
    await expect(fetch('https://api.statelab.test/nowhere', { method: 'POST' })).rejects.toThrow(TypeError);
    backend.faults.set({ offline: false });
    expect((await api('/tasks')).status).toBe(200);
  });

  it('cuts the sockets and refuses new ones until back online', async () => {
    backend = startMockBackend({ seed: 1 });
    const client = await subscribed();
    backend.faults.set({ offline: true });
    expect((await client.closed).code).toBe(CLOSE_CODES.dropped);
    expect(await connectSocket().closed).toMatchObject({ code: CLOSE_CODES.dropped, opened: false });
    backend.faults.set({ offline: false });
    await subscribed();
  });
});

describe('socket frame faults', () => {
  it('delivers every frame twice with duplicateFrames: 1', async () => {
    backend = startMockBackend({ seed: 1 });
    const client = await subscribed();
    backend.faults.set({ duplicateFrames: 1 });
    const a = await touch(0);
    const b = await touch(1);
    await client.next('ENTITY_UPDATED', (m) => m.payload.id === b);
    await settle();
    expect(pushedIds(client)).toEqual([a, a, b, b]);
    expect(client.received[1]).toEqual(client.received[2]);
  });

  it('swaps frames with reorderFrames: 1, and sends a held frame after a while if nothing follows', async () => {
    const clock = createManualClock();
    backend = startMockBackend({ seed: 1, clock });
    const client = await subscribed();
    backend.faults.set({ reorderFrames: 1 });
    const a = await touch(0);
    const b = await touch(1);
    const c = await touch(2);
    await client.next('ENTITY_UPDATED', (m) => m.payload.id === a);
    await settle();
    expect(pushedIds(client)).toEqual([b, a]);

    clock.advance(REORDER_HOLD_MS - 1);
    await settle();
    expect(pushedIds(client)).toEqual([b, a]);
    clock.advance(1);
    await client.next('ENTITY_UPDATED', (m) => m.payload.id === c);
    expect(pushedIds(client)).toEqual([b, a, c]);
  });
});

describe('reset', () => {
  it('clears every fault and the reconnect refusal', async () => {
    backend = startMockBackend({ seed: 1, faults: { offline: true, latency: [10, 20], errorRate: { '*': 1 } } });
    backend.faults.dropSockets({ refuseReconnectsForSeconds: 60 });
    backend.faults.reset();
    expect(backend.faults.get()).toEqual({ latency: 0, errorRate: {}, offline: false, duplicateFrames: 0, reorderFrames: 0 });
    expect(backend.faults.socketsRefusedUntil()).toBeNull();
    expect((await api('/me')).status).toBe(200);
    await subscribed();
  });
});

describe('untrusted control objects', () => {
  it('explains what is wrong instead of throwing', () => {
    const errors = [
      validateFaultSettings('fast'),
      validateFaultSettings({ latancy: 10 }),
      validateFaultSettings({ latency: -5 }),
      validateFaultSettings({ latency: [300, 100] }),
      validateFaultSettings({ latency: [1, 2, 3] }),
      validateFaultSettings({ errorRate: { 'GET /taks': 0.5 } }),
      validateFaultSettings({ errorRate: { 'GET /tasks': 2 } }),
      validateFaultSettings({ offline: 'yes' }),
      validateFaultSettings({ duplicateFrames: Number.NaN }),
      validateFaultControl(null),
      validateFaultControl({ action: 'explode' }),
      validateFaultControl({ action: 'dropSockets', refuseReconnectsForSeconds: -1 }),
      validateBackendControl({ action: 'secondUser', settings: { ratePerSecond: 0 } }),
      validateBackendControl(42),
    ].map((result) => (result.ok ? 'ok' : result.error));
    expect(errors).toEqual([
      'fault settings must be an object like { latency: 200 }',
      'unknown fault setting "latancy"; the settings are latency, errorRate, offline, duplicateFrames, reorderFrames',
      'latency must be milliseconds (0 to 60000) or a [min, max] range (got -5)',
      'latency range [300, 100] must have min <= max',
      'latency must be milliseconds (0 to 60000) or a [min, max] range (got [1,2,3])',
      expect.stringMatching(/^errorRate has an unknown route "GET \/taks"; use "\*" or one of: GET \/me, /),
      'errorRate["GET /tasks"] must be a number from 0 to 1 (got 2)',
      'offline must be true or false',
      'duplicateFrames must be a number from 0 to 1 (got NaN)',
      'a fault control must be an object like { action: "set", settings: { offline: true } }',
      'unknown fault action "explode"; use "set", "reset" or "dropSockets"',
      'refuseReconnectsForSeconds must be a number from 0 to 3600 (got -1)',
      'ratePerSecond must be a number above 0 and at most 20 (got 0)',
      'a control needs an action: "set", "reset", "dropSockets", "secondUser", "collide" or "clientOffline" (got 42)',
    ]);
  });

  it('applies valid controls through backend.control and leaves the settings alone on a bad one', async () => {
    backend = startMockBackend({ seed: 1 });
    const client = await subscribed();
    const set = backend.control({ action: 'set', settings: { latency: [5, 10], errorRate: { 'PATCH /tasks/:id': 0.5 } } });
    expect(set.ok && set.value.faults).toMatchObject({ latency: [5, 10], errorRate: { 'PATCH /tasks/:id': 0.5 } });
    const bad = backend.control({ action: 'set', settings: { latency: 'slow' } });
    expect(bad.ok).toBe(false);
    expect(backend.faults.get().latency).toEqual([5, 10]);

    expect(backend.control({ action: 'dropSockets', refuseReconnectsForSeconds: 2 }).ok).toBe(true);
    expect((await client.closed).code).toBe(CLOSE_CODES.dropped);
    expect(backend.state().socketsRefusedUntil).toEqual(expect.any(Number));

    const sam = backend.control({ action: 'secondUser', settings: { enabled: true, ratePerSecond: 2 } });
    expect(sam.ok && sam.value.secondUser).toEqual({ enabled: true, ratePerSecond: 2, projectId: null });
    expect(backend.control({ action: 'reset' }).ok).toBe(true);
  });

  it('refuses bad start options without leaving anything installed', async () => {
    const before = globalThis.EventSource;
    expect(() => startMockBackend({ seed: 1, faults: { latency: -1 } })).toThrow(TypeError);
    expect(globalThis.EventSource).toBe(before);
    backend = startMockBackend({ seed: 1 });
    expect((await api('/me')).status).toBe(200);
  });

  it('makes faults.set throw a TypeError with the same message for typed callers', () => {
    backend = startMockBackend({ seed: 1 });
    expect(() => backend.faults.set({ reorderFrames: 3 })).toThrow(new TypeError('reorderFrames must be a number from 0 to 1 (got 3)'));
  });
});
