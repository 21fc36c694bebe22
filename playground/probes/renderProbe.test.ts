/**
 * The render probe against real React and react-dom/client, in Node: bippy's hook is installed
 * first, then react-dom is loaded on a minimal DOM stand-in (testSupport/minimalDom.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventInput, RenderEvent } from '../protocol/events.ts';
import { installRenderProbe } from './renderProbe.ts';
import { installMinimalDom, type MiniElement } from './testSupport/minimalDom.ts';

const commits: RenderEvent[] = [];
let nextId = 0;
installRenderProbe((input: EventInput) => {
  const event = { ...input, id: ++nextId, time: performance.now() } as RenderEvent;
  commits.push(event);
  return event;
});

type ReactModule = typeof import('react');
type ReactDomClient = typeof import('react-dom/client');
let React: ReactModule;
let createRoot: ReactDomClient['createRoot'];
let container: MiniElement;

beforeAll(async () => {
  const document = installMinimalDom();
  // Only now: react-dom must load after the DevTools hook exists.
  React = await import('react');
  ({ createRoot } = await import('react-dom/client'));
  container = document.createElement('div');
  document.body.appendChild(container);
});

const lastCommit = () => commits.at(-1)!;
const byName = (event: RenderEvent) => Object.fromEntries(event.meta!.components.map((c) => [c.name, c]));

describe('render probe (bippy, real react-dom)', () => {
  it('installed the DevTools hook before react-dom loaded, so react-dom registered with it', () => {
    const hook = (globalThis as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: { renderers: Map<number, unknown> } }).__REACT_DEVTOOLS_GLOBAL_HOOK__;
    expect(hook?.renderers.size).toBeGreaterThan(0);
  });

  it('reports per commit which components rendered, how often, and which renders were unnecessary', async () => {
    const { act, createElement: h, useState, useEffect, useContext, createContext, memo } = React;
    const Theme = createContext('light');
    let setCount: (n: number) => void = () => {};
    let setTheme: (t: string) => void = () => {};

    function Label({ text }: { text: string }) {
      useEffect(() => {}, []);
      return h('span', null, text);
    }
    const MemoLabel = memo(function MemoLabel({ text }: { text: string }) {
      return h('span', null, text);
    });
    function ThemedBadge() {
      return h('b', null, useContext(Theme));
    }
    function Counter() {
      const [count, set] = useState(0);
      setCount = set;
      return h('p', null, String(count));
    }
    function App({ title }: { title: string }) {
      const [theme, set] = useState('light');
      setTheme = set;
      return h(
        Theme.Provider,
        { value: theme },
        h('h1', null, title),
        h(Label, { text: 'static' }),
        h(MemoLabel, { text: 'memo' }),
        h(ThemedBadge),
        h(Counter),
      );
    }

    const root = createRoot(container as unknown as Element);
    await act(async () => root.render(h(App, { title: 'one' })));
    const mount = lastCommit();
    expect(mount.kind).toBe('render:commit');
    expect(byName(mount)).toMatchObject({
      App: { count: 1, mounts: 1, unnecessary: 0 },
      Label: { count: 1, mounts: 1 },
      MemoLabel: { count: 1, mounts: 1 },
      ThemedBadge: { count: 1 },
      Counter: { count: 1 },
    });

    // Parent re-renders with a new title: Label gets the same props → unnecessary;
    // the memo'd label bails out (not rendered at all); Counter and ThemedBadge re-render
    // with nothing changed → unnecessary.
    await act(async () => root.render(h(App, { title: 'two' })));
    const parentRender = byName(lastCommit());
    expect(parentRender.App).toMatchObject({ count: 1, unnecessary: 0 });
    expect(parentRender.Label).toMatchObject({ count: 1, unnecessary: 1 });
    expect(parentRender.MemoLabel).toBeUndefined();
    expect(parentRender.Counter).toMatchObject({ unnecessary: 1 });
    expect(lastCommit().meta!.unnecessary).toBe(3);
    expect(lastCommit().label).toMatch(/^4 renders: .* \(3 unnecessary\)$/);

    // A state update renders only its component, necessarily.
    await act(async () => setCount(5));
    expect(lastCommit().meta!.components).toEqual([expect.objectContaining({ name: 'Counter', count: 1, unnecessary: 0 })]);
    expect(byName(lastCommit()).Counter!.total).toBe(3); // mount, parent re-render, own update

    // A context change: the consumer's render is necessary (its context value changed).
    await act(async () => setTheme('dark'));
    const themed = byName(lastCommit());
    expect(themed.ThemedBadge).toMatchObject({ unnecessary: 0 });
    expect(themed.App).toMatchObject({ unnecessary: 0 });
    expect(container.textContent).toBe('twostaticmemodark5');

    await act(async () => root.unmount());
  });
});
