import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock, startMockBackend, type MockBackend } from './node';
import { CLOSE_CODES } from './realtime';
import { api, connectSocket, settle, type TestSocket } from './test-helpers';
import type { Task } from './types';

let backend: MockBackend;
afterEach(() => backend.stop());

async function subscribed(entity: 'tasks' | 'projects' | 'comments' = 'tasks'): Promise<TestSocket> {
  const client = connectSocket();
  await client.opened;
  client.send({ type: 'subscribe', entity });
  await client.next('SUBSCRIBED');
  return client;
}

const types = (client: TestSocket) => client.received.map((message) => message.type);

describe('subscriptions and pushes', () => {
  it('pushes ENTITY_UPDATED for REST changes to the subscribers of that entity only', async () => {
    backend = startMockBackend({ seed: 3 });
    const tasks = await subscribed('tasks');
    const projects = await subscribed('projects');
    const task = backend.db.list('tasks')[0]!;

    await api(`/tasks/${task.id}`, { method: 'PATCH', body: { version: task.version, status: 'done' } });
    const pushed = await tasks.next('ENTITY_UPDATED');
    expect(pushed.payload).toMatchObject({ entity: 'tasks', id: task.id, change: 'updated', data: { status: 'done', version: task.version + 1 } });
    expect(pushed.payload.actor).toEqual({ userId: 'user_01', name: 'Alex Morgan' });
    expect(pushed.timestamp).toEqual(expect.any(Number));
    await settle();
    expect(types(projects)).toEqual(['SUBSCRIBED']);
  });

  it('pushes creates as ENTITY_UPDATED and deletes (with cascades) as ENTITY_DELETED', async () => {
    backend = startMockBackend({ seed: 3 });
    const tasks = await subscribed('tasks');
    const comments = await subscribed('comments');
    const created = await api<Task>('/tasks', { method: 'POST', body: { projectId: 'proj_01', title: 'Realtime' } });
    expect((await tasks.next('ENTITY_UPDATED')).payload).toMatchObject({ change: 'created', id: created.body.id });

    const task = backend.db.list('tasks').find((t) => backend.db.list('comments').some((c) => c.taskId === t.id))!;
    const commentIds = backend.db.list('comments').filter((c) => c.taskId === task.id).map((c) => c.id);
    await api(`/tasks/${task.id}`, { method: 'DELETE' });
    expect((await tasks.next('ENTITY_DELETED')).payload).toMatchObject({ entity: 'tasks', id: task.id });
    await comments.next('ENTITY_DELETED', (m) => m.payload.id === commentIds.at(-1));
    expect(comments.received.filter((m) => m.type === 'ENTITY_DELETED').map((m) => m.payload.id)).toEqual(commentIds);
  });

  it('stops pushing after unsubscribe, and answers ping', async () => {
    backend = startMockBackend({ seed: 3 });
    const client = await subscribed('tasks');
    client.send({ type: 'unsubscribe', entity: 'tasks' });
    await client.next('UNSUBSCRIBED');
    const task = backend.db.list('tasks')[0]!;
    await api(`/tasks/${task.id}`, { method: 'PATCH', body: { version: task.version, status: 'done' } });
    client.send({ type: 'ping' });
    await client.next('PONG');
    expect(types(client)).toEqual(['SUBSCRIBED', 'UNSUBSCRIBED', 'PONG']);
  });
});

describe('patches over the socket', () => {
  it('applies a patch, acknowledges it to the sender and broadcasts it to the other subscribers', async () => {
    backend = startMockBackend({ seed: 3 });
    const alice = await subscribed();
    const bob = await subscribed();
    const bystander = connectSocket();
    await bystander.opened;
    const task = backend.db.list('tasks')[5]!;

    alice.send({ type: 'patch', entity: 'tasks', id: task.id, version: task.version, changes: { title: 'Renamed' }, requestId: 'r1' });
    const applied = await alice.next('PATCH_APPLIED');
    expect(applied.payload).toMatchObject({ requestId: 'r1', id: task.id, data: { title: 'Renamed', version: task.version + 1 } });
    const broadcast = await bob.next('ENTITY_UPDATED');
    expect(broadcast.payload.data).toEqual(applied.payload.data);
    expect(backend.db.get('tasks', task.id)).toEqual(applied.payload.data);
    await settle();
    expect(types(alice)).toEqual(['SUBSCRIBED', 'PATCH_APPLIED']);
    expect(bystander.received).toEqual([]);
  });

  it('two clients edit the same task: the stale one gets CONFLICT_DETECTED with the winner, everyone sees the winner', async () => {
    backend = startMockBackend({ seed: 3 });
    const alice = await subscribed();
    const bob = await subscribed();
    const task = backend.db.list('tasks')[9]!;

    alice.send({ type: 'patch', entity: 'tasks', id: task.id, version: task.version, changes: { status: 'in_review' } });
    const winner = (await alice.next('PATCH_APPLIED')).payload.data;
    await bob.next('ENTITY_UPDATED');

    bob.send({ type: 'patch', entity: 'tasks', id: task.id, version: task.version, changes: { status: 'done' }, requestId: 'b1' });
    const conflict = await bob.next('CONFLICT_DETECTED');
    expect(conflict.payload).toMatchObject({ entity: 'tasks', id: task.id, yourVersion: task.version, requestId: 'b1' });
    expect(conflict.payload.current).toEqual(winner);
    expect(conflict.payload.message).toMatch(/version/);
    await settle();
    expect(alice.received.filter((m) => m.type === 'ENTITY_UPDATED')).toEqual([]);
    expect(backend.db.get('tasks', task.id)!.status).toBe('in_review');
  });

  it('over REST: the stale PATCH gets 409 with the winner, and the subscribers get the winner pushed', async () => {
    backend = startMockBackend({ seed: 3 });
    const watcher = await subscribed();
    const task = (await api<Task>('/tasks/task_010')).body;
    const [first, second] = await Promise.all([
      api<Task>(`/tasks/${task.id}`, { method: 'PATCH', body: { version: task.version, title: 'From tab one' } }),
      api(`/tasks/${task.id}`, { method: 'PATCH', body: { version: task.version, title: 'From tab two' } }),
    ]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(409);
    expect(second.body.current).toEqual(first.body);
    const pushed = await watcher.next('ENTITY_UPDATED');
    expect(pushed.payload.data).toEqual(first.body);
    await settle();
    expect(watcher.received.filter((m) => m.type === 'ENTITY_UPDATED')).toHaveLength(1);
  });

  it('answers malformed messages with an ERROR frame and keeps the socket open', async () => {
    backend = startMockBackend({ seed: 3 });
    const client = connectSocket();
    await client.opened;
    const task = backend.db.list('tasks')[0]!;
    const bad: Array<[string | ArrayBuffer, RegExp]> = [
      ['not json', /not valid JSON/],
      ['[1,2]', /JSON object/],
      ['{"type":"shout"}', /Unknown message type "shout"/],
      ['{"type":"subscribe","entity":"teams"}', /"entity" must be one of users, projects, tasks, comments/],
      [JSON.stringify({ type: 'patch', entity: 'tasks', id: task.id, changes: { status: 'done' } }), /"version" is required/],
      [JSON.stringify({ type: 'patch', entity: 'tasks', id: task.id, version: 1, changes: 'done' }), /"changes" must be an object/],
      [JSON.stringify({ type: 'patch', entity: 'tasks', id: task.id, version: 1, changes: { status: 'doing' } }), /Invalid patch: status must be one of/],
      [JSON.stringify({ type: 'patch', entity: 'tasks', id: 'task_999', version: 1, changes: { status: 'done' } }), /No task with id "task_999"/],
      [new TextEncoder().encode('{}').buffer, /JSON text frames/],
    ];
    for (const [data, why] of bad) {
      const before = client.received.length;
      client.socket.send(data);
      await client.next('ERROR', (m) => client.received.indexOf(m) >= before);
      expect((client.received.at(-1) as { payload: { message: string } }).payload.message).toMatch(why);
    }
    client.send({ type: 'ping' });
    await client.next('PONG');
    expect(client.socket.readyState).toBe(WebSocket.OPEN);
    expect(backend.db.get('tasks', task.id)).toEqual(task);
  });
});

describe('dropped sockets', () => {
  it('closes every socket, refuses reconnects for N seconds, then accepts them again', async () => {
    const clock = createManualClock();
    backend = startMockBackend({ seed: 3, clock });
    const one = await subscribed();
    const two = await subscribed();

    backend.faults.dropSockets({ refuseReconnectsForSeconds: 5 });
    expect((await one.closed).code).toBe(CLOSE_CODES.dropped);
    expect((await two.closed).code).toBe(CLOSE_CODES.dropped);
    expect(backend.state().connectedSockets).toBe(0);

    const refused = await connectSocket().closed;
    expect(refused).toEqual({ code: CLOSE_CODES.tryAgainLater, reason: 'Reconnects refused for another 5 s (simulated fault)', opened: false });
    clock.advance(4000);
    expect((await connectSocket().closed).reason).toMatch(/another 1 s/);

    clock.advance(1000);
    const again = await subscribed();
    expect(backend.state().connectedSockets).toBe(1);
    const task = backend.db.list('tasks')[0]!;
    await api(`/tasks/${task.id}`, { method: 'PATCH', body: { version: task.version, status: 'done' } });
    await again.next('ENTITY_UPDATED');
  });

  it('drops without a refusal window when no seconds are given', async () => {
    backend = startMockBackend({ seed: 3 });
    const client = await subscribed();
    backend.faults.dropSockets();
    expect((await client.closed).code).toBe(CLOSE_CODES.dropped);
    await subscribed();
  });

  it('closes the sockets with 1001 when the backend stops', async () => {
    backend = startMockBackend({ seed: 3 });
    const client = await subscribed();
    backend.stop();
    expect(await client.closed).toEqual({ code: CLOSE_CODES.goingAway, reason: 'Mock backend stopped', opened: true });
  });
});
