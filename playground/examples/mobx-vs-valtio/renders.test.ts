// The guide's comparison in Node: real React, mobx-react-lite and the visualizer's render probe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { mountWithRenderProbe } from '../../probes/testSupport/renderedCommits.ts';
import { startMockBackend, type MockBackend } from '@/mocks/node';

let backend: MockBackend;
let page: Awaited<ReturnType<typeof mountWithRenderProbe>>;
let mobx: typeof import('./mobxStore');
let valtio: typeof import('./valtioStore');
beforeAll(async () => {
  backend = startMockBackend();
  page = await mountWithRenderProbe();
  mobx = await import('./mobxStore');
  valtio = await import('./valtioStore');
  await page.render(createElement((await import('./App')).default));
  await page.rendersDuring(() => Promise.all([mobx.mobxTasks.load(), valtio.load()]));
});
afterAll(() => {
  page.unmount();
  backend.stop();
});

describe('ticking a task renders the same two components in each library', () => {
  it('MobX: the progress and that row, and nothing when the save answers', async () => {
    const task = mobx.mobxTasks.tasks[1]!;
    const renders = await page.rendersDuring(() => mobx.mobxTasks.toggle(task));
    expect(task.version).toBe(2);
    expect(renders).toEqual([['MobxProgress', 'MobxTaskRow']]);
  });

  it('Valtio: the progress and that row, and nothing when the save answers', async () => {
    const renders = await page.rendersDuring(() => valtio.toggle('task_170'));
    expect(valtio.valtioTasks.tasks[4]!.version).toBe(7);
    expect(renders).toEqual([['ValtioProgress', 'ValtioTaskRow']]);
  });
});
