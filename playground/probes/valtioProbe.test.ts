import { describe, expect, it } from 'vitest';
import * as valtio from 'valtio/vanilla';
import { DiffStore } from './diffStore.ts';
import { wrapValtioProxy, writingFunction } from './valtioProbe.ts';
import { recordEvents } from './testSupport/recordEvents.ts';

function recorder() {
  const { emit, events, ofSource } = recordEvents();
  const stores = () => ofSource('store');
  return { emit, stores };
}

describe('Valtio probe', () => {
  it('reports a nested write with its full path, value and previous value', () => {
    const { emit, stores } = recorder();
    const diffs = new DiffStore();
    const proxy = wrapValtioProxy(valtio, emit, { diffs });
    const state = proxy({
      filter: 'all',
      tasks: [
        { id: 0, title: 'a', tags: ['x'] },
        { id: 1, title: 'b', tags: [] as string[] },
        { id: 2, title: 'c', tags: [] as string[] },
        { id: 3, title: 'd', tags: [] as string[] },
      ],
    });

    state.tasks[3]!.title = 'renamed';
    state.tasks[0]!.tags.push('y');
    state.filter = 'done';
    delete (state.tasks[1] as { title?: string }).title;

    const events = stores();
    expect(events.map((e) => e.changedPaths)).toEqual([['tasks.3.title'], ['tasks.0.tags.1'], ['filter'], ['tasks.1.title']]);
    expect(events[0]).toMatchObject({
      kind: 'store:changed',
      label: expect.stringMatching(/^valtio#\d+ · tasks\.3\.title = "renamed"$/),
      data: 'renamed',
      meta: { library: 'valtio', op: 'set' },
    });
    expect(diffs.compute(events[0]!.diffId!)?.entries).toEqual([{ path: [], kind: 'changed', before: 'd', after: 'renamed' }]);
    expect(events[3]).toMatchObject({ label: expect.stringContaining('delete tasks.1.title'), meta: { op: 'delete' }, data: 'b' });
  });

  it('reports each write synchronously, in order with other code', () => {
    const { emit, stores } = recorder();
    const proxy = wrapValtioProxy(valtio, emit);
    const state = proxy({ count: 0 });
    const order: string[] = [];
    state.count++;
    order.push(`after write: ${stores().length} event`);
    expect(order).toEqual(['after write: 1 event']);
  });

  it('reports a write to an explicitly proxied child once, with the path from its parent', () => {
    const { emit, stores } = recorder();
    const proxy = wrapValtioProxy(valtio, emit);
    const user = proxy({ name: 'Ada' });
    user.name = 'Ada L.'; // reported under the child's own name
    const app = proxy({ user, theme: 'dark' });
    app.user.name = 'Grace';
    const changes = stores();
    expect(changes).toHaveLength(2);
    const [alone, nested] = changes;
    expect(alone!.changedPaths).toEqual(['name']);
    expect(nested!.changedPaths).toEqual(['user.name']);
    expect(nested!.meta!.store).not.toBe(alone!.meta!.store);
    expect(nested!.label).toBe(`${nested!.meta!.store} · user.name = "Grace"`);
  });

  it('names the reader’s function that made the write, when stack frames say which code is the reader’s', () => {
    const { emit, stores } = recorder();
    const proxy = wrapValtioProxy(valtio, emit, { isReaderFrame: (location) => location.includes('valtioProbe.test.ts') });
    const state = proxy({ tasks: [{ done: false }], filter: 'all' });
    function toggleFirstTask() {
      state.tasks[0]!.done = !state.tasks[0]!.done;
    }
    toggleFirstTask();
    [0].forEach(() => (state.filter = 'done')); // an anonymous function: no name to give

    const [toggled, filtered] = stores();
    expect(toggled).toMatchObject({
      label: `${toggled!.meta!.store} · toggleFirstTask: tasks.0.done = true`,
      meta: { action: 'toggleFirstTask', actionSource: 'inferred' },
    });
    expect(filtered!.label).toBe(`${filtered!.meta!.store} · filter = "done"`);
    expect(filtered!.meta!.action).toBeUndefined();
  });
});

describe('writingFunction', () => {
  const reader = (location: string) => location.includes('/__modules__/');
  const stack = (...frames: string[]) => ['Error', ...frames.map((frame) => `    at ${frame}`)].join('\n');

  it('takes the first frame in the reader’s code, skipping the library’s', () => {
    expect(
      writingFunction(
        stack(
          'currentWriter (http://127.0.0.1:4322/chunks/valtio-1.js:1:10)',
          'Object.set (http://127.0.0.1:4322/chunks/valtio-1.js:2:20)',
          'Object.onClick (http://127.0.0.1:4322/__modules__/App.tsx:12:7)',
          'addTask (http://127.0.0.1:4322/__modules__/store.ts:3:1)',
        ),
        reader,
      ),
    ).toBe('onClick');
    expect(writingFunction(stack('async loadTasks (http://127.0.0.1:4322/__modules__/store.ts:20:5)'), reader)).toBe('loadTasks');
  });

  it('names nothing for an anonymous writer, or when no frame is the reader’s', () => {
    expect(writingFunction(stack('http://127.0.0.1:4322/__modules__/App.tsx:12:7', 'named (http://127.0.0.1:4322/__modules__/App.tsx:1:1)'), reader)).toBeUndefined();
    expect(writingFunction(stack('Object.set (http://127.0.0.1:4322/chunks/valtio-1.js:2:20)'), reader)).toBeUndefined();
    expect(writingFunction(undefined, reader)).toBeUndefined();
  });
});
