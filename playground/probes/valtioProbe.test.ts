import { describe, expect, it } from 'vitest';
import * as valtio from 'valtio/vanilla';
import { DiffStore } from './diffStore.ts';
import { wrapValtioProxy } from './valtioProbe.ts';
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
});
