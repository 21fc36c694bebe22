import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from './db';
import { createFaults } from './faults';
import { createManualClock, startMockBackend, type MockBackend } from './node';
import { createSeedData } from './seed';
import { api, connectSocket } from './test-helpers';

let backend: MockBackend | undefined;
afterEach(() => backend?.stop());

describe('seeded data', () => {
  it('is the same for the same seed and differs for another seed', () => {
    const a = createSeedData(99);
    expect(createSeedData(99)).toEqual(a);
    expect(createSeedData(100).tasks).not.toEqual(a.tasks);
  });

  it('has the documented sizes and consistent references', () => {
    const data = createSeedData(1);
    expect([data.users.length, data.projects.length, data.tasks.length, data.comments.length]).toEqual([12, 24, 400, 800]);
    const ids = (rows: Array<{ id: string }>) => new Set(rows.map((row) => row.id));
    const users = ids(data.users);
    const projects = ids(data.projects);
    const tasks = ids(data.tasks);
    expect(data.projects.every((p) => users.has(p.ownerId))).toBe(true);
    expect(data.tasks.every((t) => projects.has(t.projectId) && (t.assigneeId === null || users.has(t.assigneeId)))).toBe(true);
    expect(data.comments.every((c) => tasks.has(c.taskId) && users.has(c.authorId))).toBe(true);
    expect(data.tasks.every((t) => t.version >= 1 && t.updatedAt >= t.createdAt)).toBe(true);
  });

  it('is fresh on every start: changes from a previous run are gone', async () => {
    backend = startMockBackend({ seed: 4 });
    const task = backend.db.list('tasks')[0]!;
    await api(`/tasks/${task.id}`, { method: 'DELETE' });
    backend = startMockBackend({ seed: 4 });
    expect((await api(`/tasks/${task.id}`)).body).toEqual(JSON.parse(JSON.stringify(task)));
  });

  it('can be smaller or larger', () => {
    const db = createDatabase({ seed: 1, clock: createManualClock(), sizes: { tasks: 1000, comments: 10 } });
    expect(db.list('tasks')).toHaveLength(1000);
    expect(db.list('comments')).toHaveLength(10);
  });
});

describe('fault sequences', () => {
  const draw = (seed: number) => {
    const faults = createFaults({ seed, clock: createManualClock() });
    faults.set({ latency: [50, 500], errorRate: { '*': 0.3 }, duplicateFrames: 0.3, reorderFrames: 0.3 });
    for (let i = 0; i < 50; i++) {
      faults.decideHttp('GET /tasks');
      faults.decideFrame();
    }
    return faults.history();
  };

  it('are the same for the same seed and differ for another seed', () => {
    expect(draw(8)).toEqual(draw(8));
    expect(draw(9)).not.toEqual(draw(8));
  });

  it('do not depend on the settings: the same request gets the same draw whatever else is set', () => {
    const quiet = createFaults({ seed: 8, clock: createManualClock() });
    const noisy = createFaults({ seed: 8, clock: createManualClock() });
    noisy.set({ duplicateFrames: 1 });
    for (let i = 0; i < 5; i++) noisy.decideFrame();
    quiet.set({ latency: [50, 500] });
    noisy.set({ latency: [50, 500] });
    expect(noisy.decideHttp('GET /me').latencyMs).toBe(quiet.decideHttp('GET /me').latencyMs);
  });

  it('end to end: two backends with the same seed answer the same statuses, latencies and frames', async () => {
    const run = async () => {
      backend = startMockBackend({ seed: 21, faults: { latency: [0, 5], errorRate: { '*': 0.4 }, duplicateFrames: 0.5 } });
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) statuses.push((await api('/projects?limit=1')).status);
      const client = connectSocket();
      await client.opened;
      client.send({ type: 'subscribe', entity: 'projects' });
      for (let i = 0; i < 5; i++) backend.secondUser.editNow({ entity: 'projects', id: 'proj_01' });
      client.send({ type: 'ping' });
      await client.next('PONG');
      const frames = client.received.map((m) => `${m.type}:${'data' in m.payload ? m.payload.data.version : ''}`);
      const history = backend.faults.history();
      client.close();
      backend.stop();
      return { statuses, frames, history };
    };
    const first = await run();
    const second = await run();
    expect(second).toEqual(first);
    expect(first.statuses).toContain(500);
    expect(first.statuses).toContain(200);
  });
});

describe('the second user', () => {
  it('makes the same edits for the same seed', () => {
    const edits = (seed: number) => {
      const clock = createManualClock();
      const run = startMockBackend({ seed, clock, secondUser: { enabled: true, ratePerSecond: 5 } });
      const log: string[] = [];
      run.db.onChange((change) => log.push(`${change.entity}/${change.id} ${JSON.stringify(change.data)}`));
      clock.advance(4000);
      run.stop();
      return log;
    };
    const first = edits(5);
    expect(first).toHaveLength(20);
    expect(edits(5)).toEqual(first);
    expect(edits(6)).not.toEqual(first);
  });
});
