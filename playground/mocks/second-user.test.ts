import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock, startMockBackend, type MockBackend } from './node';
import { SECOND_USER_ID } from './seed';
import { api, connectSocket, settle } from './test-helpers';
import type { Task } from './types';

let backend: MockBackend;
afterEach(() => backend.stop());

const samChanges = () => {
  const events: Array<{ entity: string; id: string }> = [];
  backend.db.onChange((change) => {
    if (change.actor.userId === SECOND_USER_ID) events.push({ entity: change.entity, id: change.id });
  });
  return events;
};

describe('the second user', () => {
  it('edits on schedule at the given rate, and stops when disabled', () => {
    const clock = createManualClock();
    backend = startMockBackend({ seed: 11, clock });
    const edits = samChanges();
    expect(backend.secondUser.get()).toEqual({ enabled: false, ratePerSecond: 0.5, projectId: null });
    clock.advance(10_000);
    expect(edits).toHaveLength(0);

    backend.secondUser.set({ enabled: true, ratePerSecond: 4 });
    clock.advance(999);
    expect(edits).toHaveLength(3);
    clock.advance(1);
    expect(edits).toHaveLength(4);

    backend.secondUser.set({ ratePerSecond: 1 });
    clock.advance(3000);
    expect(edits).toHaveLength(7);

    backend.secondUser.set({ enabled: false });
    clock.advance(10_000);
    expect(edits).toHaveLength(7);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('keeps to one project when asked', () => {
    const clock = createManualClock();
    backend = startMockBackend({ seed: 11, clock, secondUser: { enabled: true, ratePerSecond: 10, projectId: 'proj_03' } });
    const edits = samChanges();
    clock.advance(5000);
    expect(edits).toHaveLength(50);
    for (const { entity, id } of edits) {
      const projectId =
        entity === 'projects' ? id : entity === 'tasks' ? backend.db.get('tasks', id)!.projectId : backend.db.get('tasks', backend.db.get('comments', id)!.taskId)!.projectId;
      expect(projectId).toBe('proj_03');
    }
  });

  it("pushes Sam's edits to the socket subscribers, and turns a client's next PATCH into a 409", async () => {
    backend = startMockBackend({ seed: 11 });
    const client = connectSocket();
    await client.opened;
    client.send({ type: 'subscribe', entity: 'tasks' });
    await client.next('SUBSCRIBED');

    const mine = (await api<Task>('/tasks/task_007')).body;
    const edit = backend.secondUser.editNow({ entity: 'tasks', id: mine.id });
    expect(edit).toMatchObject({ entity: 'tasks', id: mine.id, kind: 'updated' });
    const pushed = await client.next('ENTITY_UPDATED');
    expect(pushed.payload.actor).toEqual({ userId: SECOND_USER_ID, name: 'Sam Rivera' });
    expect(pushed.payload.data.version).toBe(mine.version + 1);

    const stale = await api(`/tasks/${mine.id}`, { method: 'PATCH', body: { version: mine.version, title: 'Mine' } });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toEqual(pushed.payload.data);
  });

  it('is stopped with the backend: no timers left, no more edits', async () => {
    const clock = createManualClock();
    backend = startMockBackend({ seed: 11, clock, secondUser: { enabled: true, ratePerSecond: 2 } });
    const edits = samChanges();
    clock.advance(1000);
    expect(edits).toHaveLength(2);
    backend.stop();
    expect(clock.pendingTimers()).toBe(0);
    clock.advance(5000);
    expect(edits).toHaveLength(2);
    await settle();
  });

  it('rejects bad settings with a clear message', () => {
    backend = startMockBackend({ seed: 11 });
    expect(() => backend.secondUser.set({ projectId: 'proj_99' })).toThrow('projectId: no project with id "proj_99"');
    expect(backend.secondUser.apply({ enabled: 'yes' })).toEqual({ ok: false, error: 'enabled must be true or false' });
    expect(backend.secondUser.apply({ speed: 3 })).toEqual({
      ok: false,
      error: 'unknown second user setting "speed"; the settings are enabled, ratePerSecond, projectId',
    });
    expect(backend.secondUser.get().enabled).toBe(false);
  });
});

describe('collide: a conflict on demand', () => {
  it('Sam changes, to other values, the fields of the task the reader changed last; the reader’s next save on the old version is a 409', async () => {
    backend = startMockBackend();
    expect(backend.secondUser.collide()).toBeNull(); // the reader hasn't changed anything yet
    const task = backend.db.get('tasks', 'task_017')!;
    const saved = await api(`/tasks/task_017`, { method: 'PATCH', body: { version: task.version, title: 'Mine', status: 'done' } });
    expect(saved.status).toBe(200);
    expect(backend.secondUser.collide()).toEqual({ entity: 'tasks', id: 'task_017', kind: 'updated', fields: ['title', 'status'] });
    const now = backend.db.get('tasks', 'task_017')!;
    expect(now.title).toBe('Mine (Sam)');
    expect(now.status).not.toBe('done');
    const stale = await api(`/tasks/task_017`, { method: 'PATCH', body: { version: saved.body.version, title: 'Mine again' } });
    expect(stale.status).toBe(409);
  });

  it('is a control the panel can send: it says so when there is nothing to collide with yet', async () => {
    backend = startMockBackend();
    expect(backend.control({ action: 'collide' })).toEqual({ ok: false, error: 'nothing to collide with yet: change a task first, then Sam changes the same fields' });
    const task = backend.db.get('tasks', 'task_017')!;
    await api(`/tasks/task_017`, { method: 'PATCH', body: { version: task.version, priority: task.priority === 'low' ? 'high' : 'low' } });
    expect(backend.control({ action: 'collide' }).ok).toBe(true);
    expect(backend.db.get('tasks', 'task_017')!.priority).not.toBe(task.priority === 'low' ? 'high' : 'low');
  });
});
