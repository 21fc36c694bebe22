import { afterEach, describe, expect, it } from 'vitest';
import { ACTIVITY_RETRY_MS } from './activity';
import { FetchEventSource } from './event-source';
import { startMockBackend, type MockBackend } from './node';
import { ACTIVITY_URL } from './routes';
import { api, openEventStream, settle } from './test-helpers';
import type { ActivityEvent, ListResponse } from './types';

let backend: MockBackend;
afterEach(() => backend.stop());

const patchTask = async (index: number, changes: Record<string, unknown>) => {
  const task = backend.db.list('tasks')[index]!;
  return api(`/tasks/${task.id}`, { method: 'PATCH', body: { version: task.version, ...changes } });
};

/** Resolves when `source` has fired `count` message events. */
function collect(source: EventSource, count: number): Promise<MessageEvent[]> {
  const events: MessageEvent[] = [];
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`got ${events.length} of ${count} events`)), 5000);
    source.addEventListener('message', (event) => {
      events.push(event as MessageEvent);
      if (events.length === count) {
        clearTimeout(timeout);
        resolve(events);
      }
    });
  });
}

describe('the activity stream on the wire', () => {
  it('streams text/event-stream with a retry hint and one event per change, with the seq as id', async () => {
    backend = startMockBackend({ seed: 5 });
    const stream = await openEventStream(ACTIVITY_URL);
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get('content-type')).toBe('text/event-stream');

    const task = backend.db.list('tasks')[0]!;
    await patchTask(0, { status: 'done' });
    backend.secondUser.editNow({ entity: 'projects', id: 'proj_02' });
    await api('/comments', { method: 'POST', body: { taskId: task.id, body: 'Nice' } });

    const events = await stream.take(3);
    expect(stream.retry()).toBe(ACTIVITY_RETRY_MS);
    const activity: ActivityEvent[] = events.map((event) => JSON.parse(event.data));
    expect(events.map((event) => event.id)).toEqual(['1', '2', '3']);
    expect(activity.map((a) => [a.kind, a.entity, a.actor.name])).toEqual([
      ['updated', 'tasks', 'Alex Morgan'],
      ['updated', 'projects', 'Sam Rivera'],
      ['created', 'comments', 'Alex Morgan'],
    ]);
    expect(activity[0]).toMatchObject({ seq: 1, entityId: task.id, fields: ['status'], summary: `Alex Morgan moved task "${task.title}" to done` });
    expect(activity[1]!.summary).toMatch(/^Sam Rivera changed status of project "/);
    expect(activity[2]!.summary).toBe(`Alex Morgan created comment on "${task.title}"`);
    stream.close();
  });

  it('replays what a client missed after its Last-Event-ID', async () => {
    backend = startMockBackend({ seed: 5 });
    for (let i = 0; i < 4; i++) await patchTask(i, { priority: 'urgent' });
    const stream = await openEventStream(ACTIVITY_URL, { 'last-event-id': '2' });
    const events = await stream.take(2);
    expect(events.map((event) => event.id)).toEqual(['3', '4']);
    stream.close();
  });

  it('answers a plain GET with the recent activity as JSON, newest first', async () => {
    backend = startMockBackend({ seed: 5 });
    await patchTask(0, { title: 'First' });
    const unchanged = backend.db.list('tasks')[1]!;
    await patchTask(1, { status: unchanged.status });
    const { status, body } = await api<ListResponse<ActivityEvent>>('/activity');
    expect(status).toBe(200);
    expect(body.items.map((event) => event.seq)).toEqual([2, 1]);
    expect(body.total).toBe(2);
    expect(body.items.map((event) => event.summary)).toEqual([
      `Alex Morgan saved task "${unchanged.title}" without changes`,
      'Alex Morgan changed title of task "First"',
    ]);
  });
});

describe('the activity stream through EventSource', () => {
  it('works with `new EventSource(ACTIVITY_URL)` in Node while the backend runs', async () => {
    backend = startMockBackend({ seed: 5 });
    expect(globalThis.EventSource).toBe(FetchEventSource);
    const source = new EventSource(ACTIVITY_URL);
    await new Promise((resolve) => (source.onopen = resolve));
    expect(source.readyState).toBe(EventSource.OPEN);

    const received = collect(source, 2);
    await patchTask(0, { status: 'done' });
    backend.secondUser.editNow();
    const events = await received;
    expect(events.map((event) => event.lastEventId)).toEqual(['1', '2']);
    expect(JSON.parse(events[1]!.data).actor.name).toBe('Sam Rivera');
    expect(backend.state().openActivityStreams).toBe(1);
    source.close();
    await settle(10);
    expect(backend.state().openActivityStreams).toBe(0);
  });

  it('cuts the stream when going offline; EventSource retries and catches up once back online', async () => {
    backend = startMockBackend({ seed: 5 });
    const source = new EventSource(ACTIVITY_URL);
    await new Promise((resolve) => (source.onopen = resolve));
    const first = collect(source, 1);
    await patchTask(0, { status: 'done' });
    await first;

    const errors: number[] = [];
    source.onerror = () => errors.push(source.readyState);
    backend.faults.set({ offline: true });
    await settle(10);
    expect(errors).toEqual([EventSource.CONNECTING]);
    // A change made while the client is cut off, e.g. by the second user.
    backend.secondUser.editNow({ entity: 'tasks', id: 'task_002' });

    await settle(ACTIVITY_RETRY_MS + 50);
    expect(errors.length).toBeGreaterThanOrEqual(2); // the retry failed too: still offline
    const missed = collect(source, 1);
    backend.faults.set({ offline: false });
    const [event] = await missed;
    expect(event!.lastEventId).toBe('2');
    expect(source.readyState).toBe(EventSource.OPEN);
    source.close();
  }, 10_000);

  it('fails the EventSource for good when the stream answers 500', async () => {
    backend = startMockBackend({ seed: 5, faults: { errorRate: { 'GET /activity': 1 } } });
    const source = new EventSource(ACTIVITY_URL);
    await new Promise((resolve) => (source.onerror = resolve));
    expect(source.readyState).toBe(EventSource.CLOSED);
  });

  it('closes the streams and puts the previous EventSource back when the backend stops', async () => {
    const before = globalThis.EventSource;
    backend = startMockBackend({ seed: 5 });
    const source = new EventSource(ACTIVITY_URL);
    await new Promise((resolve) => (source.onopen = resolve));
    expect(backend.state().openActivityStreams).toBe(1);
    backend.stop();
    expect(source.readyState).toBe(FetchEventSource.CLOSED);
    expect(globalThis.EventSource).toBe(before);
  });
});
