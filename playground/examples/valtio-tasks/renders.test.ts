// What the guide shows in the visualizer, in Node: real React and the same render probe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { mountWithRenderProbe } from '../../probes/testSupport/renderedCommits.ts';
import { startMockBackend, type MockBackend } from '@/mocks/node';

let backend: MockBackend;
let page: Awaited<ReturnType<typeof mountWithRenderProbe>>;
let store: typeof import('./store');
beforeAll(async () => {
  backend = startMockBackend();
  page = await mountWithRenderProbe();
  store = await import('./store');
  await page.render(createElement((await import('./App')).default));
  await page.rendersDuring(() => store.loadTasks());
});
afterAll(() => {
  page.unmount();
  backend.stop();
});

describe('valtio-tasks renders what each component read', () => {
  it('a search renders the box and the list, and no row', async () => {
    const renders = await page.rendersDuring(() => store.setSearch('design'));
    expect(renders.flat().sort()).toEqual(['SearchBox', 'TaskList']);
    await page.rendersDuring(() => store.setSearch(''));
  });

  it('a tick renders the count and that one row; the save’s answer renders nothing', async () => {
    const task = store.board.tasks.find((candidate) => candidate.title === 'Design conflict dialog')!;
    const renders = await page.rendersDuring(() => store.toggleDone(task.id));
    expect(task.version).toBe(2); // the answer arrived inside the step
    expect(renders).toEqual([['Progress', 'TaskRow']]);
  });
});
