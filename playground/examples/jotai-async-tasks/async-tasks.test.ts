import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'jotai/vanilla';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { ApiError } from './api';
import { commentsAtom, openTasksAtom, progressAtom, refreshProgressAtom } from './atoms';

let backend: MockBackend;
let store: ReturnType<typeof createStore>;
let requests: string[];
beforeEach(() => {
  backend = startMockBackend();
  store = createStore();
  requests = [];
  backend.server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    requests.push(`${request.method} ${url.pathname}${url.search}`);
  });
});
afterEach(() => backend.stop());

describe('open tasks (suspending async atom)', () => {
  it('resolves with the project’s open tasks, most urgent first', async () => {
    const tasks = await store.get(openTasksAtom);
    expect(tasks[0]!.title).toBe('Design activity feed');
    expect(tasks.every((task) => task.projectId === 'proj_09' && task.status !== 'done')).toBe(true);
    expect(tasks.map((task) => task.priority)).toEqual(['urgent', 'high', 'high', 'high', 'medium', 'medium', 'medium', 'medium', 'medium', 'medium', 'low']);
  });

  it('rejects with a readable error when offline, and a refresh after reconnecting loads them', async () => {
    backend.faults.set({ offline: true });
    const failed = store.get(openTasksAtom);
    await expect(failed).rejects.toThrow(ApiError);
    await expect(failed).rejects.toThrow('The server could not be reached. Are you offline?');
    // The failed promise stays the atom's value until something refreshes it: what the error boundary's retry does.
    expect(store.get(openTasksAtom)).toBe(failed);
    backend.faults.reset();
    store.set(openTasksAtom);
    await expect(store.get(openTasksAtom)).resolves.toHaveLength(11);
  });

  it('rejects with the server’s message and status when GET /tasks answers 500', async () => {
    backend.faults.set({ errorRate: { 'GET /tasks': 1 } });
    const error = await store.get(openTasksAtom).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(500);
    expect((error as ApiError).message).toMatch(/Internal server error/);
  });
});

describe('comments per task (atomFamily)', () => {
  it('gives the same atom for the same task id, and another for another id', () => {
    expect(commentsAtom('task_138')).toBe(commentsAtom('task_138'));
    expect(commentsAtom('task_138')).not.toBe(commentsAtom('task_197'));
    expect(commentsAtom('task_138').debugLabel).toBe('comments(task_138)');
  });

  it('fetches a task’s comments once, however often they are read', async () => {
    const first = await store.get(commentsAtom('task_138'));
    const again = await store.get(commentsAtom('task_138'));
    expect(again).toBe(first);
    expect(first.map((comment) => comment.body)).toEqual(['This broke again on Safari.', 'Do we have numbers for this?']);
    expect(requests.filter((r) => r.startsWith('GET /comments'))).toEqual(['GET /comments?taskId=task_138&sort=createdAt']);
  });

  it('lets one task’s comments fail while another task’s load', async () => {
    await store.get(commentsAtom('task_138'));
    backend.faults.set({ offline: true });
    await expect(store.get(commentsAtom('task_197'))).rejects.toThrow('could not be reached');
    await expect(store.get(commentsAtom('task_138'))).resolves.toHaveLength(2);
    backend.faults.reset();
    store.set(commentsAtom('task_197'));
    await expect(store.get(commentsAtom('task_197'))).resolves.toBeInstanceOf(Array);
  });

  it('creates a new atom after remove(), which fetches again', async () => {
    const before = commentsAtom('task_306');
    await store.get(before);
    commentsAtom.remove('task_306');
    const after = commentsAtom('task_306');
    expect(after).not.toBe(before);
    await store.get(after);
    expect(requests.filter((r) => r.includes('task_306'))).toHaveLength(2);
  });
});

describe('progress line (unwrap, never suspends)', () => {
  const settled = () =>
    vi.waitFor(() => {
      const progress = store.get(progressAtom);
      if (progress.text === 'Loading progress…') throw new Error('still loading');
      return progress;
    });

  it('shows a placeholder, then the numbers, without ever being a promise', async () => {
    expect(store.get(progressAtom)).toEqual({ text: 'Loading progress…', failed: false });
    const progress = await settled();
    expect(progress.failed).toBe(false);
    // Overdue counts depend on today's date; the rest comes from the seeded data.
    expect(progress.text).toMatch(/^4 of 15 tasks done · \d+ overdue$/);
  });

  it('keeps showing the last numbers while a refresh is on its way', async () => {
    const first = await settled();
    backend.faults.set({ latency: 200 });
    store.set(refreshProgressAtom);
    expect(store.get(progressAtom)).toBe(first);
    backend.faults.set({ errorRate: { 'GET /projects/:id/stats': 1 } });
    store.set(refreshProgressAtom);
    await vi.waitFor(() => expect(store.get(progressAtom).failed).toBe(true), { timeout: 2000 });
    expect(store.get(progressAtom).text).toMatch(/^Progress unavailable: Internal server error/);
  });

  it('falls back to a message when the stats request fails, and recovers on retry', async () => {
    backend.faults.set({ errorRate: { 'GET /projects/:id/stats': 1 } });
    const progress = await settled();
    expect(progress.failed).toBe(true);
    expect(progress.text).toMatch(/^Progress unavailable: Internal server error/);
    backend.faults.reset();
    store.set(refreshProgressAtom);
    expect(store.get(progressAtom)).toEqual({ text: 'Loading progress…', failed: false });
    expect((await settled()).text).toMatch(/^4 of 15 tasks done/);
  });
});
