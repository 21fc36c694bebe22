/**
 * Real React on the minimal DOM, with the render probe the visualizer uses: tests see each
 * commit's rendered components as the timeline would list them. Call before anything imports
 * react-dom (the probe's hook must be in place first).
 */
import type { ReactElement } from 'react';
import type { EventInput, RenderEvent } from '../../protocol/events.ts';
import { installRenderProbe } from '../renderProbe.ts';
import { installMinimalDom, type MiniElement } from './minimalDom.ts';

export async function mountWithRenderProbe() {
  const commits: RenderEvent[] = [];
  installRenderProbe((input: EventInput) => {
    const event = { ...input, id: commits.length + 1, time: performance.now() } as RenderEvent;
    commits.push(event);
    return event;
  });
  const document = installMinimalDom();
  const React = await import('react');
  const { createRoot } = await import('react-dom/client');
  const container: MiniElement = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container as unknown as Element);
  return {
    container,
    render: (element: ReactElement) => React.act(async () => root.render(element)),
    /** Runs `step` inside `act`, and returns the components of each commit it caused (names sorted). */
    async rendersDuring(step: () => unknown): Promise<string[][]> {
      const before = commits.length;
      await React.act(async () => {
        await step();
      });
      return commits.slice(before).map((commit) => commit.meta!.components.map((component) => component.name).sort());
    },
    unmount: () => root.unmount(),
  };
}
