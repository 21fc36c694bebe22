/**
 * Fast Refresh against real React and react-dom/client, in Node, with the render probe on, in
 * the runtime's order: bippy's hook and the render probe, then React Refresh, then react-dom
 * (see main.ts). Modules go through the runtime's own transpile (with its registrations).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventInput, RenderEvent } from '../protocol/events.ts';
import { installRenderProbe } from '../probes/renderProbe.ts';
import { installMinimalDom, type MiniElement } from '../probes/testSupport/minimalDom.ts';
import { LOOP_GUARD } from './loopGuard.ts';
import { REFRESH_REG, REFRESH_SIG } from './refreshNames.ts';
import { transpileModule } from './transpile.ts';

const commits: RenderEvent[] = [];
installRenderProbe((input: EventInput) => {
  const event = { ...input, id: commits.length + 1, time: performance.now() } as RenderEvent;
  commits.push(event);
  return event;
});

type RefreshRuntime = typeof import('./refreshRuntime.ts');
let refresh: RefreshRuntime;
let React: typeof import('react');
let createRoot: (typeof import('react-dom/client'))['createRoot'];
let container: MiniElement;

beforeAll(async () => {
  refresh = await import('./refreshRuntime.ts');
  const document = installMinimalDom();
  React = await import('react');
  ({ createRoot } = await import('react-dom/client'));
  container = document.createElement('div');
  document.body.appendChild(container);
});

/** Evaluates one version of /App.tsx as the runtime would, registering its components. */
function evaluateApp(source: string): Record<string, unknown> {
  const packages: Record<string, unknown> = { react: React, 'react/jsx-dev-runtime': require('react/jsx-dev-runtime') };
  const module = { exports: {} as Record<string, unknown> };
  const bindings = refresh.refreshBindings(1, '/App.tsx');
  new Function('require', 'module', 'exports', LOOP_GUARD, REFRESH_REG, REFRESH_SIG, transpileModule('/App.tsx', source))(
    (specifier: string) => packages[specifier],
    module,
    module.exports,
    () => {},
    bindings.register,
    bindings.signature,
  );
  return module.exports;
}

/** The counter, with the reader's edits: its label, and optionally a second piece of state. */
const counter = (label: string, extraState = '') => `import { useState } from 'react';
export default function App() {
  const [count, setCount] = useState(0);${extraState}
  globalThis.__click = () => setCount((c) => c + 1);
  return <p>${label} {count}</p>;
}
`;

const click = () => (globalThis as unknown as { __click(): void }).__click();
const componentsOf = (event: RenderEvent) => event.meta!.components.map((c) => c.name);

describe('Fast Refresh with the render probe on', () => {
  it('keeps state across an edit, remounts on a hook change, and the render probe sees every commit', async () => {
    const { act, createElement } = React;
    const v1 = evaluateApp(counter('Clicked'));
    expect(refresh.isRefreshBoundary(v1)).toBe(true);
    const root = createRoot(container as unknown as Element);
    await act(async () => root.render(createElement(v1.default as React.FC)));
    for (let i = 0; i < 3; i++) await act(async () => click());
    expect(container.textContent).toBe('Clicked 3');
    const before = commits.length;
    expect(before).toBe(4); // mount + three clicks

    // An edit to the text: the same hooks, so the count stays.
    evaluateApp(counter('Pressed'));
    await act(async () => refresh.performReactRefresh());
    expect(container.textContent).toBe('Pressed 3');
    expect(commits).toHaveLength(before + 1);
    expect(componentsOf(commits.at(-1)!)).toEqual(['App']);

    // After the refresh the new code handles the clicks, and each commit is still seen.
    await act(async () => click());
    expect(container.textContent).toBe('Pressed 4');
    expect(commits).toHaveLength(before + 2);

    // An added useState changes the hooks' signature: the component remounts with fresh state.
    evaluateApp(counter('Pressed', '\n  const [other] = useState(1);'));
    await act(async () => refresh.performReactRefresh());
    expect(container.textContent).toBe('Pressed 0');
    expect(commits).toHaveLength(before + 3);
    expect(commits.at(-1)!.meta!.components).toEqual([expect.objectContaining({ name: 'App', mounts: 1 })]);
    await act(async () => root.unmount());
  });

  it('treats a module that exports anything besides components as no refresh boundary', () => {
    expect(refresh.isRefreshBoundary(evaluateApp(`${counter('Clicked')}export const LIMIT = 3;\n`))).toBe(false);
    expect(refresh.isRefreshBoundary(evaluateApp('export const store = { n: 0 };\n'))).toBe(false);
    expect(refresh.isRefreshBoundary({})).toBe(false);
  });
});
