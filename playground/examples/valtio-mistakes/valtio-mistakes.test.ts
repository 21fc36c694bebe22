import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { snapshot, subscribe } from 'valtio/vanilla';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { installMinimalDom, type MiniElement } from '../../probes/testSupport/minimalDom.ts';
import { loadTask, markUrgent, page } from './store';

let backend: MockBackend;
beforeEach(() => {
  backend = startMockBackend();
});
afterEach(() => backend.stop());

describe('the store', () => {
  it('replaces the task with the loaded one, and marks it urgent once', async () => {
    const before = page.task;
    await loadTask('task_017');
    expect(page.task).not.toBe(before);
    expect(page.task).toEqual({ id: 'task_017', title: 'Design conflict dialog' });
    markUrgent();
    markUrgent();
    expect(page.task.title).toBe('URGENT: Design conflict dialog');
  });

  it('says why when the task can’t be loaded', async () => {
    await loadTask('task_9999');
    expect(page.error).toBe('Could not load the task: GET /tasks/task_9999 answered 404');
    page.error = null;
    backend.faults.set({ errorRate: { 'GET /tasks/:id': 1 } });
    await loadTask('task_017');
    expect(page.error).toBe('Could not load the task: GET /tasks/task_017 answered 500');
    page.error = null;
  });
});

describe('the mistakes, in the rendered page', () => {
  let React: typeof import('react');
  let container: MiniElement;
  let root: import('react-dom/client').Root;
  beforeAll(async () => {
    const document = installMinimalDom();
    React = await import('react');
    const { createRoot } = await import('react-dom/client');
    container = document.createElement('div');
    document.body.appendChild(container);
    root = createRoot(container as unknown as Element);
  });
  afterAll(() => root.unmount());

  const section = (heading: string) => {
    const text = container.textContent;
    const start = text.indexOf(heading) + heading.length;
    const next = ['Right', 'Mutates the snapshot', 'Destructured too early', 'Reads the proxy']
      .map((h) => text.indexOf(h, start))
      .filter((index) => index > start);
    return text.slice(start, next.length ? Math.min(...next) : undefined);
  };

  it('follows the load and the edit only where the snapshot of the current proxy is read', async () => {
    page.task = { id: '', title: 'Loading…' };
    const { default: App } = await import('./App');
    await React.act(async () => root.render(React.createElement(App)));
    await React.act(() => loadTask('task_017'));
    expect(section('Right')).toBe('Design conflict dialog');
    expect(section('Mutates the snapshot')).toBe('Design conflict dialogRename through the snapshot');
    // Missed updates: the old task object, and a component subscribed to nothing.
    expect(section('Destructured too early')).toBe('Loading…');
    expect(section('Reads the proxy')).toBe('Loading…');

    await React.act(async () => markUrgent());
    expect(section('Right')).toBe('URGENT: Design conflict dialog');
    expect(section('Destructured too early')).toBe('Loading…');
    expect(section('Reads the proxy')).toBe('Loading…');
  });
});

describe('writing to a snapshot', () => {
  it('throws: snapshots are frozen', async () => {
    await loadTask('task_017');
    const snap = snapshot(page);
    expect(() => {
      (snap.task as { title: string }).title = 'Renamed';
    }).toThrow(/Cannot assign to read only property 'title'/);
    expect(page.task.title).toBe('Design conflict dialog');
  });

  it('is not the way to write, and the proxy hears nothing of it', async () => {
    await loadTask('task_017');
    const heard: unknown[] = [];
    const unsubscribe = subscribe(page, (ops) => heard.push(ops));
    try {
      (snapshot(page).task as { title: string }).title = 'Renamed';
    } catch {
      // frozen
    }
    await new Promise((resolve) => setTimeout(resolve));
    unsubscribe();
    expect(heard).toEqual([]);
  });
});
