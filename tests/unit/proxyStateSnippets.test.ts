import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runInAction } from 'mobx';
import { startMockBackend, type MockBackend } from '../../playground/mocks/node';
import { importGuideSnippet } from './support/guideSnippet';

/** The proxy-state guide's snippets, imported as the page prints them, against the mock backend. */
const PAGE = 'content/docs/patterns/valtio.mdx';

let backend: MockBackend;
beforeEach(() => {
  backend = startMockBackend();
});
afterEach(() => backend.stop());

const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('the guide’s MobX store', () => {
  interface Task {
    id: string;
    title: string;
    status: string;
    version: number;
  }
  type Snippet = { tasks: { tasks: Task[]; doneCount: number; toggle(task: Task): Promise<void> } };
  let snippet: { module: Snippet; cleanup: () => void };
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  beforeAll(async () => {
    snippet = await importGuideSnippet<Snippet>(PAGE, 'class TaskStore');
  });
  afterAll(() => {
    snippet.cleanup();
    log.mockRestore();
  });

  it('ticks and saves a task; the reaction logs once per change of the count; a failed save puts it back', async () => {
    const { tasks } = snippet.module;
    runInAction(() => tasks.tasks.push({ id: 'task_017', title: 'Design conflict dialog', status: 'in_review', version: 1 }));
    log.mockClear();
    await tasks.toggle(tasks.tasks[0]!);
    expect(tasks.doneCount).toBe(1);
    expect(log.mock.calls).toEqual([['1 of 1 done']]);

    backend.faults.set({ errorRate: { 'PATCH /tasks/:id': 1 } });
    log.mockClear();
    await tasks.toggle(tasks.tasks[0]!);
    expect(tasks.tasks[0]!.status).toBe('done');
    expect(log.mock.calls).toEqual([['0 of 1 done'], ['1 of 1 done']]);
  });
});

describe('the guide’s subscribe / subscribeKey snippet', () => {
  type Snippet = {
    inbox: { selected: Set<string>; openTaskId: string | null; comments: Map<string, { id: string }[]> };
  };
  let snippet: { module: Snippet; cleanup: () => void };
  const stored = new Map<string, string>();
  beforeAll(async () => {
    vi.stubGlobal('localStorage', { setItem: (key: string, value: string) => stored.set(key, value) });
    snippet = await importGuideSnippet<Snippet>(PAGE, 'subscribeKey(inbox');
  });
  afterAll(() => {
    snippet.cleanup();
    vi.unstubAllGlobals();
  });

  it('writes the selection to storage once per tick of changes', async () => {
    const { inbox } = snippet.module;
    inbox.selected.add('task_017');
    inbox.selected.add('task_089');
    await tick();
    expect(stored.get('tasks.selected')).toBe('["task_017","task_089"]');
  });

  it('loads the comments of the task opened, once', async () => {
    const { inbox } = snippet.module;
    const fetches = vi.spyOn(globalThis, 'fetch');
    inbox.openTaskId = 'task_017';
    await vi.waitFor(() => expect(inbox.comments.get('task_017')?.length).toBeGreaterThan(0));
    inbox.openTaskId = null;
    await tick();
    inbox.openTaskId = 'task_017';
    await tick();
    expect(fetches).toHaveBeenCalledTimes(1);
    fetches.mockRestore();
  });
});
