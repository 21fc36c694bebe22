import { afterEach, describe, expect, it } from 'vitest';
import { CLIENT_ID_HEADER, IDEMPOTENCY_HEADER, REALTIME_URL, REPLAYED_HEADER, API_BASE_URL, startMockBackend, type MockBackend } from './node';
import { CLOSE_CODES } from './realtime';
import { connectSocket } from './test-helpers';

let backend: MockBackend;
afterEach(() => backend.stop());

const asClient = (clientId: string, path: string, init: RequestInit = {}) =>
  fetch(`${API_BASE_URL}${path}`, { ...init, headers: { 'content-type': 'application/json', [CLIENT_ID_HEADER]: clientId, ...init.headers } });

describe('per-client offline', () => {
  it('fails only that client’s requests, and lets them through again once it is back', async () => {
    backend = startMockBackend();
    backend.clients.setOffline('another-tab', true);
    await expect(asClient('another-tab', '/tasks/task_001')).rejects.toThrow();
    expect((await asClient('this-tab', '/tasks/task_001')).status).toBe(200);
    expect((await fetch(`${API_BASE_URL}/tasks/task_001`)).status).toBe(200);
    backend.clients.setOffline('another-tab', false);
    expect((await asClient('another-tab', '/tasks/task_001')).status).toBe(200);
    expect(backend.clients.offline()).toEqual([]);
  });

  it('closes that client’s sockets with 1006, refuses it while offline, and keeps the others open', async () => {
    backend = startMockBackend();
    const mine = connectSocket(`${REALTIME_URL}?client=this-tab`);
    const theirs = connectSocket(`${REALTIME_URL}?client=another-tab`);
    await Promise.all([mine.opened, theirs.opened]);
    backend.clients.setOffline('another-tab', true);
    expect(await theirs.closed).toEqual({ code: CLOSE_CODES.dropped, reason: 'This client is offline (simulated)', opened: true });
    expect(await connectSocket(`${REALTIME_URL}?client=another-tab`).closed).toMatchObject({ code: CLOSE_CODES.dropped, opened: false });
    expect(backend.state().connectedSockets).toBe(1);
    backend.clients.setOffline('another-tab', false);
    await connectSocket(`${REALTIME_URL}?client=another-tab`).opened;
    mine.close();
  });

  it('lists the clients that named themselves, with their switches, and takes a switch from the panel', async () => {
    backend = startMockBackend();
    const changes: number[] = [];
    backend.clients.watch(() => changes.push(backend.clients.known().length));
    await asClient('this-tab', '/tasks/task_001');
    const socket = connectSocket(`${REALTIME_URL}?client=another-tab`);
    await socket.opened;
    await asClient('this-tab', '/tasks/task_002'); // known already: no change
    expect(changes).toEqual([1, 2]);
    expect(backend.control({ action: 'clientOffline', clientId: 'another-tab', offline: true })).toMatchObject({
      ok: true,
      value: { clients: [{ id: 'this-tab', offline: false }, { id: 'another-tab', offline: true }] },
    });
    expect(await socket.closed).toMatchObject({ code: CLOSE_CODES.dropped });
    expect(backend.control({ action: 'clientOffline', clientId: '', offline: true })).toEqual({ ok: false, error: 'clientOffline needs a clientId: the name a client gives itself, like "this-tab"' });
    expect(changes).toEqual([1, 2, 2]);
  });

  it('rejects a switch that is not a client id and a boolean', () => {
    backend = startMockBackend();
    expect(() => backend.clients.setOffline('', true)).toThrow('clientId must be a non-empty string');
    expect(() => backend.clients.setOffline('x', 'yes' as never)).toThrow('offline must be true or false');
  });
});

describe('Idempotency-Key', () => {
  const newComment = (key: string, body = 'On it.') =>
    asClient('this-tab', '/comments', { method: 'POST', headers: { [IDEMPOTENCY_HEADER]: key }, body: JSON.stringify({ taskId: 'task_001', body }) });
  const commentsOfTask = () => backend.db.list('comments').filter((comment) => comment.taskId === 'task_001');

  it('a lost response, retried with the same key: the comment exists once, and the retry gets the first answer', async () => {
    backend = startMockBackend();
    const before = commentsOfTask().length;
    backend.clients.loseNextResponse('this-tab');
    await expect(newComment('key-1')).rejects.toThrow(); // saved on the server, but the client never hears
    expect(commentsOfTask()).toHaveLength(before + 1);

    const retry = await newComment('key-1');
    expect(retry.status).toBe(201);
    expect(retry.headers.get(REPLAYED_HEADER)).toBe('true');
    expect(commentsOfTask()).toHaveLength(before + 1);
    expect((await retry.json()).id).toBe(commentsOfTask().at(-1)!.id);
  });

  it('without a key the same retry makes a duplicate: the failure the key prevents', async () => {
    backend = startMockBackend();
    const before = commentsOfTask().length;
    backend.clients.loseNextResponse('this-tab');
    const post = () => asClient('this-tab', '/comments', { method: 'POST', body: JSON.stringify({ taskId: 'task_001', body: 'On it.' }) });
    await expect(post()).rejects.toThrow();
    await post();
    expect(commentsOfTask()).toHaveLength(before + 2);
  });

  it('replays a PATCH’s answer instead of applying it twice (no 409 against its own first attempt)', async () => {
    backend = startMockBackend();
    const { version } = backend.db.get('tasks', 'task_001')!;
    const patch = () =>
      asClient('this-tab', '/tasks/task_001', { method: 'PATCH', headers: { [IDEMPOTENCY_HEADER]: 'key-2' }, body: JSON.stringify({ version, title: 'Renamed' }) });
    backend.clients.loseNextResponse('this-tab');
    await expect(patch()).rejects.toThrow();
    const retry = await patch();
    expect(retry.status).toBe(200);
    expect(backend.db.get('tasks', 'task_001')!.version).toBe(version + 1);
  });

  it('answers 422 when a key is reused for a different request', async () => {
    backend = startMockBackend();
    await newComment('key-3', 'First');
    const reused = await newComment('key-3', 'Second');
    expect(reused.status).toBe(422);
    expect((await reused.json()).message).toContain('was already used for a different request');
  });

  it('does not keep a 500: the retry with the same key is handled afresh', async () => {
    backend = startMockBackend({ faults: { errorRate: { 'POST /comments': 1 } } });
    const before = commentsOfTask().length;
    expect((await newComment('key-4')).status).toBe(500);
    backend.faults.set({ errorRate: {} });
    expect((await newComment('key-4')).status).toBe(201);
    expect(commentsOfTask()).toHaveLength(before + 1);
  });
});

describe('sequence numbers on the socket', () => {
  it('numbers each entity’s pushes 1, 2, 3…, and SUBSCRIBED says where the stream is', async () => {
    backend = startMockBackend();
    const socket = connectSocket();
    await socket.opened;
    socket.send({ type: 'subscribe', entity: 'tasks' });
    expect((await socket.next('SUBSCRIBED')).payload).toEqual({ entity: 'tasks', seq: 0 });
    backend.secondUser.editNow({ entity: 'tasks', id: 'task_001' });
    backend.secondUser.editNow({ entity: 'projects', id: 'proj_01' }); // another stream: not counted for tasks
    backend.secondUser.editNow({ entity: 'tasks', id: 'task_002' });
    await socket.next('ENTITY_UPDATED', (m) => m.payload.id === 'task_002');
    expect(socket.received.filter((m) => m.type === 'ENTITY_UPDATED').map((m) => m.seq)).toEqual([1, 2]);

    socket.close();
    const again = connectSocket();
    await again.opened;
    again.send({ type: 'subscribe', entity: 'tasks' });
    expect((await again.next('SUBSCRIBED')).payload).toEqual({ entity: 'tasks', seq: 2 });
    again.close();
  });
});

describe('shared text documents (operational transform)', () => {
  const doc = 'task_017/description';
  async function joined() {
    const socket = connectSocket();
    await socket.opened;
    socket.send({ type: 'ot-join', doc });
    await socket.next('OT_JOINED');
    return socket;
  }

  it('starts from the task’s field, applies operations based on the latest revision, and relays them to the others', async () => {
    backend = startMockBackend();
    const [alice, bob] = [await joined(), await joined()];
    expect(alice.received[0]!.payload).toEqual({ doc, revision: 0, text: 'Part of Checkout v2.' });
    alice.send({ type: 'ot-ops', doc, revision: 0, ops: [[20, ' Ship it.']] });
    expect((await alice.next('OT_ACK')).payload).toEqual({ doc, revision: 1 });
    expect((await bob.next('OT_OP')).payload).toEqual({ doc, revision: 1, op: [20, ' Ship it.'] });
    expect(backend.textDocs.get(doc)).toEqual({ text: 'Part of Checkout v2. Ship it.', revision: 1 });
  });

  it('rejects operations based on an old revision, saying why, and applies none of them', async () => {
    backend = startMockBackend();
    const [alice, bob] = [await joined(), await joined()];
    alice.send({ type: 'ot-ops', doc, revision: 0, ops: [[-5, 15]] });
    await alice.next('OT_ACK');
    bob.send({ type: 'ot-ops', doc, revision: 0, ops: [[20, '!']] });
    expect((await bob.next('OT_REJECTED')).payload.message).toBe(
      'The operations are based on revision 0, the document is at 1: transform them past the operations you missed and send them again',
    );
    expect(backend.textDocs.get(doc)).toEqual({ text: 'of Checkout v2.', revision: 1 });
  });

  it('replays the operations a client missed when it joins again with its revision', async () => {
    backend = startMockBackend();
    const alice = await joined();
    alice.send({ type: 'ot-ops', doc, revision: 0, ops: [['A', 20], ['B', 21]] });
    await alice.next('OT_ACK');
    const late = connectSocket();
    await late.opened;
    late.send({ type: 'ot-join', doc, revision: 1 });
    await late.next('OT_JOINED');
    expect(late.received.map((m) => [m.type, m.payload])).toEqual([
      ['OT_OP', { doc, revision: 2, op: ['B', 21] }],
      ['OT_JOINED', { doc, revision: 2, text: 'BAPart of Checkout v2.' }],
    ]);
  });

  it('answers malformed operations with a clear ERROR, keeps the socket open and loses nothing', async () => {
    backend = startMockBackend();
    const alice = await joined();
    const cases: [unknown, string][] = [
      [{ type: 'ot-ops', doc, revision: 0, ops: [[25]] }, 'Operation 1 of 1: it reaches past the end of the text (20 characters); the document is unchanged'],
      [{ type: 'ot-ops', doc, revision: 0, ops: [[10]] }, 'Operation 1 of 1: it covers 10 characters, the text has 20; the document is unchanged'],
      [{ type: 'ot-ops', doc, revision: 0, ops: [[20, 'ok'], [0.5]] }, 'Operation 2 of 2: 0.5 is not a component: use a positive number (keep), a string (insert) or a negative number (delete); the document is unchanged'],
      [{ type: 'ot-ops', doc, revision: 0, ops: [] }, '"ops" must be a non-empty list of operations'],
      [{ type: 'ot-join', doc: '../etc' }, '"doc" must name a text field, like "task_017/description" (got "../etc")'],
    ];
    for (const [message, error] of cases) {
      alice.received.length = 0;
      alice.send(JSON.stringify(message));
      expect((await alice.next('ERROR')).payload.message).toBe(error);
    }
    expect(backend.textDocs.get(doc)).toEqual({ text: 'Part of Checkout v2.', revision: 0 });
    alice.send({ type: 'ot-ops', doc, revision: 0, ops: [[20, '.']] });
    expect((await alice.next('OT_ACK')).payload.revision).toBe(1);
  });
});

describe('Yjs documents on the socket', () => {
  it('answers bad sync and update frames with a clear ERROR, keeps the socket open and loses nothing', async () => {
    backend = startMockBackend();
    const socket = connectSocket();
    await socket.opened;
    const before = backend.yjsDocs.snapshot('task_017');
    const cases: [unknown, string][] = [
      [{ type: 'yjs-update', doc: 'task_017', update: 'AAAA' }, 'Send {"type":"yjs-sync","doc":"task_017","stateVector":…} before sending updates'],
      [{ type: 'yjs-sync', doc: 'notes', stateVector: 'AA==' }, '"doc" must be a task id, like "task_017" (got "notes")'],
      [{ type: 'yjs-sync', doc: 'task_017', stateVector: 42 }, '"stateVector" must be a base64 string'],
      [{ type: 'yjs-sync', doc: 'task_017', stateVector: '%%%' }, '"stateVector" is not valid base64'],
    ];
    for (const [message, error] of cases) {
      socket.received.length = 0;
      socket.send(JSON.stringify(message));
      expect((await socket.next('ERROR')).payload.message).toBe(error);
    }
    socket.received.length = 0;
    socket.send({ type: 'yjs-sync', doc: 'task_017', stateVector: 'AA==' });
    expect((await socket.next('YJS_SYNC')).payload.bytes).toBeGreaterThan(0);
    socket.received.length = 0;
    socket.send({ type: 'yjs-update', doc: 'task_017', update: btoa('not a yjs update at all') });
    expect((await socket.next('ERROR')).payload.message).toBe(
      '"update" is not a Yjs update (Y.encodeStateAsUpdate or a doc "update" event); the document is unchanged',
    );
    expect(backend.yjsDocs.snapshot('task_017')).toEqual(before);
  });
});
