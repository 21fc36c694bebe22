import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { proxy, ref, snapshot } from 'valtio/vanilla';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { clearSelection, inbox, loadCommentsOnOpen, loadTasks, openTask, persistSelection, toggleSelected } from './store';

let backend: MockBackend;
const stops: (() => void)[] = [];
beforeEach(() => {
  backend = startMockBackend();
  Object.assign(inbox, { tasks: [], error: null, openTaskId: null, commentsError: null, commentsRequest: null });
  inbox.selected.clear();
  inbox.comments.clear();
});
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  backend.stop();
});

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { items, getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('proxySet: the selection', () => {
  it('adds, removes and clears ids, and a snapshot answers has() and size', () => {
    toggleSelected('task_017');
    toggleSelected('task_089');
    toggleSelected('task_017');
    const snap = snapshot(inbox);
    expect(snap.selected.has('task_089')).toBe(true);
    expect(snap.selected.has('task_017')).toBe(false);
    expect(snap.selected.size).toBe(1);
    clearSelection();
    expect(inbox.selected.size).toBe(0);
  });

  it('is restored from storage and written back once per tick of changes (subscribe)', async () => {
    const storage = memoryStorage({ 'tasks.selected': '["task_017"]' });
    const setItem = vi.spyOn(storage, 'setItem');
    stops.push(persistSelection(storage));
    expect([...inbox.selected]).toEqual(['task_017']);
    toggleSelected('task_089');
    toggleSelected('task_156');
    await tick();
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(JSON.parse(storage.items.get('tasks.selected')!)).toEqual(['task_017', 'task_089', 'task_156']);
  });

  it('starts empty when storage holds something that isn’t a list of ids', () => {
    stops.push(persistSelection(memoryStorage({ 'tasks.selected': 'not JSON' })));
    expect(inbox.selected.size).toBe(0);
  });
});

describe('subscribeKey and proxyMap: comments loaded when a task is opened', () => {
  it('loads the comments of the task opened, once per task', async () => {
    stops.push(loadCommentsOnOpen());
    await loadTasks();
    expect(inbox.tasks.map((task) => task.title)[0]).toBe('Add invite flow');
    const fetches = vi.spyOn(globalThis, 'fetch');
    openTask('task_017');
    await vi.waitFor(() => expect(inbox.comments.has('task_017')).toBe(true));
    const count = inbox.comments.get('task_017')!.length;
    expect(count).toBeGreaterThan(0);
    openTask('task_089');
    await vi.waitFor(() => expect(inbox.comments.has('task_089')).toBe(true));
    openTask('task_017');
    await tick();
    const urls = fetches.mock.calls.map(([url]) => String(url));
    expect(urls.filter((url) => url.includes('taskId=task_017'))).toHaveLength(1);
    fetches.mockRestore();
    expect(inbox.comments.get('task_017')).toHaveLength(count);
  });

  it('aborts the previous request when another task is opened before it answers', async () => {
    stops.push(loadCommentsOnOpen());
    backend.faults.set({ latency: 50 });
    openTask('task_017');
    await tick();
    const first = inbox.commentsRequest!;
    expect(first).toBeInstanceOf(AbortController); // ref(): the real object, not a proxy
    openTask('task_089');
    await tick(); // subscribeKey calls back after the tick's writes, batched
    expect(first.signal.aborted).toBe(true);
    await vi.waitFor(() => expect(inbox.comments.has('task_089')).toBe(true));
    expect(inbox.comments.has('task_017')).toBe(false);
    expect(inbox.commentsError).toBeNull();
  });

  it('says why when GET /comments fails', async () => {
    stops.push(loadCommentsOnOpen());
    backend.faults.set({ errorRate: { 'GET /comments': 1 } });
    openTask('task_017');
    await vi.waitFor(() => expect(inbox.commentsError).toBe('Could not load the comments: GET /comments answered 500'));
  });

  it('says why when GET /tasks fails', async () => {
    backend.faults.set({ errorRate: { 'GET /tasks': 1 } });
    await loadTasks();
    expect(inbox.error).toBe('Could not load the tasks: GET /tasks answered 500');
  });
});

describe('ref()', () => {
  it('keeps an AbortController usable: without it, valtio proxies it and reading its signal throws', () => {
    const state = proxy({ request: new AbortController() });
    expect(() => state.request.signal).toThrow(TypeError);
    const kept = proxy({ request: ref(new AbortController()) });
    kept.request.abort();
    expect(kept.request.signal.aborted).toBe(true);
  });
});
