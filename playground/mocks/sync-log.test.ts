import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock } from './clock';
import { API_BASE_URL, CLIENT_ID_HEADER, IDEMPOTENCY_HEADER, REALTIME_URL, startMockBackend, type MockBackend } from './node';
import { REPLAY_QUIET_MS, type SyncObservation } from './sync-log';
import { connectSocket, settle } from './test-helpers';

let backend: MockBackend;
afterEach(() => backend.stop());

function record() {
  const seen: SyncObservation[] = [];
  backend.syncLog.subscribe((observation) => seen.push(observation));
  return seen;
}
const patch = (client: string, body: object, key?: string) =>
  fetch(`${API_BASE_URL}/tasks/task_017`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', [CLIENT_ID_HEADER]: client, ...(key ? { [IDEMPOTENCY_HEADER]: key } : {}) },
    body: JSON.stringify(body),
  });
const version = () => backend.db.get('tasks', 'task_017')!.version;

describe('sync log: what the server sees of clients syncing', () => {
  it('a 409 names the fields changed since the sent version and who changed them; the merged save says whose value each field kept', async () => {
    backend = startMockBackend();
    const seen = record();
    const base = version();
    expect((await patch('another-tab', { version: base, title: 'Theirs' })).status).toBe(200);
    expect((await patch('this-tab', { version: base, title: 'Mine', status: 'done' })).status).toBe(409);
    expect(seen).toEqual([
      { kind: 'conflict', client: 'this-tab', target: 'tasks/task_017', sentVersion: base, serverVersion: base + 1, fields: ['title', 'status'], changedSince: [{ field: 'title', from: 'another-tab' }] },
    ]);
    // The client's merge: its status goes through on top of their version; their title stays.
    expect((await patch('this-tab', { version: base + 1, status: 'done' })).status).toBe(200);
    expect(seen[1]).toEqual({
      kind: 'merge',
      client: 'this-tab',
      target: 'tasks/task_017',
      version: base + 2,
      fields: [
        { field: 'title', from: 'another-tab' },
        { field: 'status', from: 'this-tab' },
      ],
    });
    // Saves that follow no conflict are not merges.
    expect(seen.filter((observation) => observation.kind === 'queue')).toEqual([]);
    expect((await patch('this-tab', { version: base + 2, priority: 'low' })).status).toBe(200);
    expect(seen).toHaveLength(2);
  });

  it('a field the second user changed is attributed to them by name', async () => {
    backend = startMockBackend();
    const seen = record();
    const base = version();
    await patch('this-tab', { version: base, title: 'Mine' });
    backend.secondUser.collide();
    expect((await patch('this-tab', { version: base + 1, title: 'Mine again' })).status).toBe(409);
    expect(seen[0]).toMatchObject({ kind: 'conflict', changedSince: [{ field: 'title', from: 'Sam Rivera' }] });
  });

  it('a retry answered from the idempotency store is a replay row', async () => {
    backend = startMockBackend();
    const seen = record();
    const body = { version: version(), status: 'done' };
    await patch('this-tab', body, 'key-1');
    await patch('this-tab', body, 'key-1');
    expect(seen).toEqual([{ kind: 'replay', client: 'this-tab', request: `PATCH ${new URL(`${API_BASE_URL}/tasks/task_017`).pathname}`, key: 'key-1' }]);
  });

  it('counts what a client sends after coming back online, once it goes quiet', async () => {
    const clock = createManualClock();
    backend = startMockBackend({ clock });
    const seen = record();
    backend.clients.setOffline('this-tab', true);
    clock.advance(5000);
    backend.clients.setOffline('this-tab', false);
    for (const status of ['in_progress', 'in_review', 'done']) await patch('this-tab', { version: version(), status });
    await patch('another-tab', { version: version(), priority: 'low' }); // not this client's queue
    expect(seen).toEqual([]);
    clock.advance(REPLAY_QUIET_MS);
    expect(seen).toEqual([{ kind: 'queue', client: 'this-tab', count: 3, offlineMs: 5000 }]);
  });

  it('a queued edit that meets a 409 counts once: the merge that settles it is not a queued edit', async () => {
    const clock = createManualClock();
    backend = startMockBackend({ clock });
    const seen = record();
    const base = version();
    backend.clients.setOffline('this-tab', true);
    await patch('another-tab', { version: base, title: 'Theirs' });
    backend.clients.setOffline('this-tab', false);
    expect((await patch('this-tab', { version: base, status: 'done' })).status).toBe(409);
    expect((await patch('this-tab', { version: base + 1, status: 'done' })).status).toBe(200);
    clock.advance(REPLAY_QUIET_MS);
    expect(seen.map((observation) => observation.kind)).toEqual(['conflict', 'merge', 'queue']);
    expect(seen[2]).toMatchObject({ kind: 'queue', count: 1 });
  });

  it('OT: a stale batch is a conflict; the batch sent again after transforming is a transform row; a rejoin behind says by how much', async () => {
    backend = startMockBackend();
    const seen = record();
    const doc = 'task_017/description';
    const mine = connectSocket(`${REALTIME_URL}?client=this-tab`);
    const theirs = connectSocket(`${REALTIME_URL}?client=another-tab`);
    await Promise.all([mine.opened, theirs.opened]);
    mine.send({ type: 'ot-join', doc });
    theirs.send({ type: 'ot-join', doc });
    const { payload } = await mine.next('OT_JOINED');
    await theirs.next('OT_JOINED');
    const length = payload.text.length;
    theirs.send({ type: 'ot-ops', doc, revision: 0, ops: [['A', length]] });
    await theirs.next('OT_ACK');
    mine.send({ type: 'ot-ops', doc, revision: 0, ops: [[length, '!']] });
    await mine.next('OT_REJECTED');
    mine.send({ type: 'ot-ops', doc, revision: 1, ops: [[length + 1, '!']] });
    await mine.next('OT_ACK');
    expect(seen).toEqual([
      { kind: 'ot-rejected', client: 'this-tab', target: doc, basedOn: 0, serverRevision: 1 },
      { kind: 'ot-transform', client: 'this-tab', target: doc, sent: [[length, '!']], applied: [[length + 1, '!']], basedOn: 0, past: 1, revision: 2 },
    ]);

    const late = connectSocket(`${REALTIME_URL}?client=late-tab`);
    await late.opened;
    late.send({ type: 'ot-join', doc, revision: 0 });
    await late.next('OT_JOINED');
    expect(seen[2]).toEqual({ kind: 'ot-behind', client: 'late-tab', target: doc, from: 0, to: 2 });
    // What it kept while away goes out as soon as it has caught up: transformed past both.
    late.send({ type: 'ot-ops', doc, revision: 2, ops: [['Offline ', length + 2]] });
    await late.next('OT_ACK');
    expect(seen[3]).toEqual({ kind: 'ot-transform', client: 'late-tab', target: doc, applied: [['Offline ', length + 2]], basedOn: 0, past: 2, revision: 3 });
    // A later batch is ordinary typing.
    late.send({ type: 'ot-ops', doc, revision: 3, ops: [['!', length + 10]] });
    await late.next('OT_ACK', (ack) => ack.payload.revision === 4);
    expect(seen).toHaveLength(4);
    for (const socket of [mine, theirs, late]) socket.close();
    await settle();
  });
});
