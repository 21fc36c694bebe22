/**
 * The render probe against real React and react-dom/client, in Node: bippy's hook is installed
 * first, then react-dom is loaded on a minimal DOM stand-in (testSupport/minimalDom.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventInput, RenderEvent } from '../protocol/events.ts';
import { ReactFiberFlags } from 'bippy';
import { installRenderProbe } from './renderProbe.ts';
import { FIBER_FLAGS } from './renderClassify.ts';
import { registerLibraryExports } from './libraryNames.ts';
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

  it('uses React’s fiber flag values', () => {
    for (const [name, value] of Object.entries(FIBER_FLAGS)) expect(ReactFiberFlags[name as keyof typeof ReactFiberFlags]).toBe(value);
  });

  it('the RTK exercise’s shape, with real react-redux: a selector returning a new { done, total } re-renders every button, and those renders are unnecessary, "new reference, equal contents"', async () => {
    const { act, createElement: h } = React;
    const { configureStore, createSlice } = await import('@reduxjs/toolkit');
    const { Provider, useSelector, shallowEqual } = await import('react-redux');
    const tasks = createSlice({
      name: 'tasks',
      initialState: { list: [{ id: 't1', project: 'p1', done: false }, { id: 't2', project: 'p2', done: true }], selected: 'p1' },
      reducers: {
        toggled: (s, a: { payload: string }) => void (s.list.find((t) => t.id === a.payload)!.done = !s.list.find((t) => t.id === a.payload)!.done),
        selected: (s, a: { payload: string }) => void (s.selected = a.payload),
      },
    });
    type State = ReturnType<typeof tasks.reducer>;
    const progressOf = (s: State, project: string) => {
      const mine = s.list.filter((t) => t.project === project);
      return { done: mine.filter((t) => t.done).length, total: mine.length };
    };
    let whole = true;
    type Progress = { done: number; total: number };
    function ProjectButton({ id }: { id: string }) {
      // The exercise returns the progress object whole: `shallowEqual` sees a new `progress`
      // every time. The guide's version spreads the numbers, which it compares one by one.
      const selected = useSelector(
        (s: { tasks: State }): Progress | { progress: Progress } => (whole ? { progress: progressOf(s.tasks, id) } : { ...progressOf(s.tasks, id) }),
        shallowEqual,
      );
      const progress = 'progress' in selected ? selected.progress : selected;
      return h('button', null, `${id} · ${progress.done}/${progress.total}`);
    }
    function Selected() {
      return h('p', null, useSelector((s: { tasks: State }) => s.tasks.selected));
    }
    const store = configureStore({ reducer: { tasks: tasks.reducer } });
    // The runtime registers every package it loads; the probe names its components by export.
    registerLibraryExports('react-redux', { Provider, useSelector });
    const run = async () => {
      const root = createRoot(container as unknown as Element);
      await act(async () =>
        root.render(h(Provider, { store, children: [h(ProjectButton, { key: 1, id: 'p1' }), h(ProjectButton, { key: 2, id: 'p2' }), h(Selected, { key: 3 })] })),
      );
      expect(lastCommit().meta!.components.map((c) => c.name)).toContain('Provider (react-redux)');
      // An unrelated change: the selected project.
      await act(async () => store.dispatch(tasks.actions.selected(store.getState().tasks.selected === 'p1' ? 'p2' : 'p1')));
      const commit = lastCommit();
      await act(async () => root.unmount());
      return commit;
    };

    const exercise = await run();
    expect(byName(exercise).ProjectButton).toMatchObject({ count: 2, unnecessary: 2, reasons: ['state: new reference, equal contents'] });
    expect(byName(exercise).Selected).toMatchObject({ count: 1, unnecessary: 0 });
    expect(exercise.meta).toMatchObject({ rendered: 3, unnecessary: 2, sameContents: 2 });
    expect(exercise.label).toBe('3 renders: ProjectButton ×2, Selected (2 unnecessary; 2 new reference, equal contents)');

    whole = false;
    const guide = await run();
    expect(guide.meta).toMatchObject({ rendered: 1, unnecessary: 0 });
    expect(guide.label).toBe('1 render: Selected');
  });

  it('names library components by their export and leaves out a library’s unexported, minified internals', async () => {
    const { act, createElement: h } = React;
    // What a minified vendor chunk holds: an exported provider and an internal wrapper.
    const Dt = ({ children }: { children?: unknown }) => h(Qe, null, children as never);
    const Qe = ({ children }: { children?: unknown }) => h('section', null, children as never);
    registerLibraryExports('some-lib', { Provider: Dt, createThing: () => null });
    function App() {
      return h(Dt, null, h('p', null, 'hi'));
    }
    const root = createRoot(container as unknown as Element);
    await act(async () => root.render(h(App)));
    expect(lastCommit().meta!.components.map((c) => c.name).sort()).toEqual(['App', 'Provider (some-lib)']);
    expect(lastCommit().label).toBe('2 renders: App, Provider (some-lib)');
    await act(async () => root.unmount());
  });
});
