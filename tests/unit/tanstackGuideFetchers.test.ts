import { getResponse, http, HttpResponse, RequestHandler } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryClient, QueryObserver, MutationObserver, type QueryObserverOptions, type QueryObserverResult } from '@tanstack/react-query';
import { API_BASE_URL, startMockBackend, type MockBackend, type RouteId, type Task } from '@/mocks/node';
import { declaredNames, guideCodeBlocks, importBlock, type CodeBlock } from './support/guideCodeBlocks';

// The guide's blocks import the mock backend's browser entry, as the playground does; in Node
// the same names come from the Node entry.
vi.mock('@/mocks/browser', () => import('@/mocks/node'));

const PAGE = 'content/docs/patterns/tanstack-query.mdx';

type Options = QueryObserverOptions<unknown, Error, unknown, unknown, readonly unknown[]>;
type Fetcher = (...args: never[]) => unknown;

/** Each fetcher the page defines: the route it calls and how to turn it into query options. */
const FETCHERS: Record<string, { route: RouteId; options: (fetcher: Fetcher) => Options }> = {
  projectTasksQuery: { route: 'GET /tasks', options: (f) => (f as (projectId: string) => Options)('proj_01') },
  taskQuery: { route: 'GET /tasks/:id', options: (f) => (f as (taskId: string) => Options)('task_001') },
  fetchComments: {
    route: 'GET /comments',
    options: (f) => ({ queryKey: ['comments', 'task_001'], queryFn: () => (f as (taskId: string) => Promise<unknown>)('task_001') }),
  },
  projectStatsQuery: {
    route: 'GET /projects/:id/stats',
    options: (f) => (f as (projectId: string, o: { live: boolean }) => Options)('proj_01', { live: false }),
  },
};

const blocks = guideCodeBlocks().filter((b) => b.page === PAGE);
const fetchingBlocks = blocks.filter((b) => /\bfetch\(/.test(b.code));
const cases = fetchingBlocks.flatMap((block) =>
  declaredNames(block)
    .filter((name) => name in FETCHERS)
    .map((name) => [`${name} (line ${block.line})`, block, name] as const),
);

let backend: MockBackend | undefined;
let client: QueryClient | undefined;
afterEach(() => {
  client?.clear();
  backend?.stop();
});

/** Runs the query as a component would (an observer) and returns its first settled result. */
function settle(options: Options): Promise<QueryObserverResult<unknown, Error>> {
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const observer = new QueryObserver(client, options);
  return new Promise((resolve) => {
    const unsubscribe = observer.subscribe((result) => {
      if (result.status !== 'pending' && result.fetchStatus === 'idle') {
        unsubscribe();
        resolve(result);
      }
    });
  });
}

describe('the TanStack Query guide’s fetchers', () => {
  it('every block that calls fetch defines a fetcher this test knows', () => {
    expect(fetchingBlocks.length).toBeGreaterThan(3);
    for (const block of fetchingBlocks) {
      if (declaredNames(block).includes('patchTask')) continue; // tested below
      expect(declaredNames(block).filter((n) => n in FETCHERS), `${PAGE}:${block.line}`).not.toEqual([]);
    }
  });

  it.each(cases)('%s: a 500 ends in status "error", a 200 in "success"', async (_label, block: CodeBlock, name) => {
    const { [name]: fetcher } = await importBlock<Record<string, Fetcher>>(block, [name]);
    const { route, options } = FETCHERS[name];

    backend = startMockBackend({ seed: 7 });
    const ok = await settle(options(fetcher));
    expect(ok.status).toBe('success');
    expect(ok.data).not.toHaveProperty('message');

    backend.faults.set({ errorRate: { [route]: 1 } });
    const failed = await settle(options(fetcher));
    expect(failed.status).toBe('error');
    expect(failed.error?.message).toMatch(/500/);
  });
});

describe('patchTask, the retry-safe PATCH', () => {
  const block = blocks.find((b) => declaredNames(b).includes('patchTask'))!;
  type PatchTask = (task: Task, changes: Partial<Task>) => Promise<Task>;

  async function loadTask(id: string): Promise<Task> {
    return (await (await fetch(`${API_BASE_URL}/tasks/${id}`)).json()) as Task;
  }

  /** The server applies the first PATCH, and its answer is lost on the way back. */
  function loseFirstAnswer(server: MockBackend['server']): void {
    const handlers = server.listHandlers().filter((handler) => handler instanceof RequestHandler);
    server.use(
      http.patch(
        `${API_BASE_URL}/tasks/:id`,
        async ({ request }) => {
          await getResponse(handlers, request);
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
  }

  /** A mutation that retries once, as the guide's policy does after a network error. */
  function mutate(mutationFn: (task: Task) => Promise<Task>, task: Task) {
    client = new QueryClient();
    const observer = new MutationObserver(client, { mutationFn, retry: 1, retryDelay: 0 });
    return observer.mutate(task).then(
      (data) => ({ status: 'success' as const, data }),
      (error: Error) => ({ status: 'error' as const, error }),
    );
  }

  it('is on the page', () => {
    expect(block).toBeDefined();
  });

  it('a retry after a lost answer succeeds with the saved task, where a plain PATCH gets a 409', async () => {
    const { patchTask } = await importBlock<{ patchTask: PatchTask }>(block, ['patchTask']);
    backend = startMockBackend({ seed: 7 });
    const plainPatch = async (task: Task) => {
      const response = await fetch(`${API_BASE_URL}/tasks/${task.id}`, {
        method: 'PATCH',
        body: JSON.stringify({ version: task.version, status: 'done' }),
      });
      if (!response.ok) throw new Error(`answered ${response.status}`);
      return (await response.json()) as Task;
    };

    const first = await loadTask('task_001');
    loseFirstAnswer(backend.server);
    const plain = await mutate(plainPatch, first);
    expect(plain).toMatchObject({ status: 'error', error: { message: 'answered 409' } });
    expect(await loadTask('task_001')).toMatchObject({ status: 'done', version: first.version + 1 });

    const second = await loadTask('task_002');
    const changes = { status: second.status === 'done' ? 'todo' : 'done' } as const;
    loseFirstAnswer(backend.server);
    const safe = await mutate((task) => patchTask(task, changes), second);
    expect(safe).toMatchObject({ status: 'success', data: { id: 'task_002', version: second.version + 1, ...changes } });
  });

  it('another user’s save in between is still a 409, and a 500 an error', async () => {
    const { patchTask } = await importBlock<{ patchTask: PatchTask }>(block, ['patchTask']);
    backend = startMockBackend({ seed: 7 });
    const task = await loadTask('task_003');
    backend.secondUser.editNow({ entity: 'tasks', id: 'task_003' });
    await expect(patchTask(task, { title: 'Mine' })).rejects.toMatchObject({ status: 409 });

    backend.faults.set({ errorRate: { 'PATCH /tasks/:id': 1 } });
    await expect(patchTask(await loadTask('task_003'), { title: 'Mine' })).rejects.toMatchObject({ status: 500 });
  });
});
