import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { setStatusMutation, tasksQuery } from './queries';

// The same mock backend as the playground, started fresh for each test, and a QueryClient
// per test with retries off, so one test's cache never reaches the next and a failure fails now.
let backend: MockBackend;
let client: QueryClient;
beforeEach(() => {
  backend = startMockBackend();
  client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
});
afterEach(() => {
  client.clear();
  backend.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the tasks query', () => {
  it('loads the project’s tasks', async () => {
    const tasks = await client.query(tasksQuery('proj_01'));
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.every((task) => task.projectId === 'proj_01')).toBe(true);
  });

  it('fails at once when the server answers 500', async () => {
    backend.faults.set({ errorRate: { 'GET /tasks': 1 } });
    await expect(client.query(tasksQuery('proj_01'))).rejects.toThrow('answered 500');
  });
});

describe('setting a task’s status', () => {
  it('keeps the server’s copy, with its new version', async () => {
    const [task] = await client.query(tasksQuery('proj_01'));
    const next = task!.status === 'done' ? 'todo' : 'done';
    await new MutationObserver(client, setStatusMutation(client)).mutate({ task: task!, status: next });
    const saved = client.getQueryData(tasksQuery('proj_01').queryKey)![0]!;
    expect(saved.status).toBe(next);
    expect(saved.version).toBe(task!.version + 1);
  });

  it('shows the new status at once, and rolls it back when the server refuses', async () => {
    const [task] = await client.query(tasksQuery('proj_01'));
    const next = task!.status === 'done' ? 'todo' : 'done';
    // The failure is injected into the mock backend, a moment late so the optimistic value shows.
    backend.faults.set({ latency: 200, errorRate: { 'PATCH /tasks/:id': 1 } });
    const saving = new MutationObserver(client, setStatusMutation(client)).mutate({ task: task!, status: next });
    await sleep(20);
    expect(client.getQueryData(tasksQuery('proj_01').queryKey)![0]!.status).toBe(next);
    await expect(saving).rejects.toThrow('answered 500');
    expect(client.getQueryData(tasksQuery('proj_01').queryKey)![0]!.status).toBe(task!.status);
  });
});
