import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { environmentManager, focusManager, QueryClient, QueryObserver, timeoutManager, type Query } from '@tanstack/react-query';
import { API_BASE_URL, createManualClock, startMockBackend, type ManualClock, type MockBackend, type ProjectStats, type Task } from '@/mocks/node';
import { nextPoll, projectStatsQuery } from './queries';

let backend: MockBackend;
let client: QueryClient;
let requests: string[];

// One manual clock for the server (Sam's schedule) and for TanStack Query's timers (the polls).
let clock: ManualClock;
const intervals = new Map<number, number>();
let nextIntervalId = 1;
timeoutManager.setTimeoutProvider({
  setTimeout: (callback, ms) => clock.setTimeout(callback, ms) as number,
  clearTimeout: (id) => clock.clearTimeout(id),
  setInterval: (callback, ms) => {
    const id = nextIntervalId++;
    const tick = () => {
      intervals.set(id, clock.setTimeout(tick, ms) as number);
      callback();
    };
    intervals.set(id, clock.setTimeout(tick, ms) as number);
    return id;
  },
  clearInterval: (id) => {
    clock.clearTimeout(intervals.get(id as number));
    intervals.delete(id as number);
  },
});

beforeAll(() => environmentManager.setIsServer(() => false)); // behave as in the browser
afterAll(() => environmentManager.setIsServer(() => true));

afterEach(() => {
  focusManager.setFocused(undefined);
  client.clear();
  client.unmount();
  backend.stop();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Moves the shared clock, letting each request answer. */
async function advance(ms: number) {
  clock.advance(ms);
  await settle();
}

async function start(options: { live: boolean; samPerSecond?: number }) {
  clock = createManualClock();
  backend = startMockBackend({
    clock,
    secondUser: { enabled: options.samPerSecond !== undefined, ratePerSecond: options.samPerSecond ?? 0.5, projectId: 'proj_01' },
  });
  requests = [];
  backend.server.events.on('request:start', ({ request }) => {
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
  });
  client = new QueryClient();
  client.mount(); // listens to focus and online, as QueryClientProvider does
  const observer = new QueryObserver(client, projectStatsQuery('proj_01', { live: options.live }));
  observer.subscribe(() => {});
  await settle();
  expect(observer.getCurrentResult().status).toBe('success');
  return observer;
}

const polls = () => requests.filter((request) => request === 'GET /projects/proj_01/stats').length;

async function serverStats(): Promise<ProjectStats> {
  return (await fetch(`${API_BASE_URL}/projects/proj_01/stats`)).json();
}

describe('polling the project stats', () => {
  it('asks every 5 s, and each answer brings Sam’s latest edits', async () => {
    const stats = await start({ live: true, samPerSecond: 1 });
    const first = stats.getCurrentResult().data;
    await advance(4_999);
    expect(polls()).toBe(1);
    await advance(1);
    expect(polls()).toBe(2);
    await advance(5_000);
    expect(polls()).toBe(3);
    expect(stats.getCurrentResult().data).not.toEqual(first);
    expect(stats.getCurrentResult().data).toEqual(await serverStats());
  });

  it('keeps the very same data object when a poll brings the same numbers (nothing to re-render)', async () => {
    const stats = await start({ live: true });
    const first = stats.getCurrentResult().data;
    await advance(5_000);
    await advance(5_000);
    expect(polls()).toBe(3);
    expect(stats.getCurrentResult().data).toBe(first);
  });

  it('does not poll when live is off', async () => {
    await start({ live: false, samPerSecond: 1 });
    await advance(60_000);
    expect(polls()).toBe(1);
  });

  it('pauses while the window is hidden, and catches up when it comes back', async () => {
    await start({ live: true });
    focusManager.setFocused(false);
    await advance(20_000);
    expect(polls()).toBe(1);
    focusManager.setFocused(true);
    await settle();
    expect(polls()).toBe(2);
  });

  it('does not retry a failed poll, and backs off to 30 s until one succeeds', async () => {
    const stats = await start({ live: true });
    backend.faults.set({ errorRate: { 'GET /projects/:id/stats': 1 } });
    await advance(5_000);
    expect(polls()).toBe(2);
    expect(stats.getCurrentResult()).toMatchObject({ status: 'error', failureCount: 1 });
    // The last good numbers stay on screen.
    expect(stats.getCurrentResult().data?.taskCount).toBe(19);

    backend.faults.reset();
    await advance(29_999);
    expect(polls()).toBe(2);
    await advance(1);
    expect(polls()).toBe(3);
    expect(stats.getCurrentResult().status).toBe('success');
    await advance(5_000);
    expect(polls()).toBe(4);
  });

  it('stops once the project is finished', async () => {
    await start({ live: true });
    const open = backend.db.list('tasks').filter((task: Task) => task.projectId === 'proj_01' && task.status !== 'done');
    for (const task of open) {
      await fetch(`${API_BASE_URL}/tasks/${task.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ version: task.version, status: 'done' }),
      });
    }
    await advance(5_000);
    expect(polls()).toBe(2);
    await advance(60_000);
    expect(polls()).toBe(2);
  });
});

describe('nextPoll', () => {
  const query = (state: Partial<Query<ProjectStats, Error>['state']>) =>
    ({ state: { status: 'success', ...state } }) as Query<ProjectStats, Error, ProjectStats, readonly unknown[]>;

  it('is 5 s normally, 30 s after an error, and stops at 100%', () => {
    expect(nextPoll(query({ data: { completion: 0.5 } as ProjectStats }))).toBe(5_000);
    expect(nextPoll(query({ status: 'error', data: { completion: 0.5 } as ProjectStats }))).toBe(30_000);
    expect(nextPoll(query({ data: { completion: 1 } as ProjectStats }))).toBe(false);
  });
});
