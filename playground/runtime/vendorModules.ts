/**
 * The packages a playground can import, built from the site's own node_modules
 * (the versions in package.json). Each loads on first use as its own chunk; the
 * chunks share one copy of React. Some entries are wrappers that tie what they
 * create to the current run, so a re-run can stop it.
 */
import { registerLibraryExports } from '../probes/libraryNames.ts';

type Namespace = Record<string, unknown>;

// Instrumented modules (playground/probes/instrumented/) are the real packages with
// probes attached, so the visualizer sees what the reader's code does without the
// code asking for it. Wrappers in ./vendor/ also tie what they create to the run.
const loaders: Record<string, () => Promise<Namespace>> = {
  react: () => import('react'),
  'react/jsx-runtime': () => import('react/jsx-runtime'),
  'react/jsx-dev-runtime': () => import('react/jsx-dev-runtime'),
  'react-dom': () => import('react-dom'),
  'react-dom/client': () => import('./vendor/reactDomClient.ts'),
  'react-dom/server': () => import('react-dom/server'),
  redux: () => import('../probes/instrumented/redux.ts'),
  '@reduxjs/toolkit': () => import('../probes/instrumented/reduxToolkit.ts'),
  '@reduxjs/toolkit/query': () => import('../probes/instrumented/reduxToolkitQuery.ts'),
  '@reduxjs/toolkit/query/react': () => import('../probes/instrumented/reduxToolkitQueryReact.ts'),
  'react-redux': () => import('react-redux'),
  jotai: () => import('../probes/instrumented/jotai.ts'),
  'jotai/utils': () => import('../probes/instrumented/jotaiUtils.ts'),
  'jotai/vanilla': () => import('../probes/instrumented/jotaiVanilla.ts'),
  'jotai/vanilla/utils': () => import('jotai/vanilla/utils'),
  'jotai/react': () => import('../probes/instrumented/jotaiReact.ts'),
  'jotai-family': () => import('jotai-family'),
  '@tanstack/react-query': () => import('../probes/instrumented/reactQuery.ts'),
  '@tanstack/react-query-persist-client': () => import('../probes/instrumented/reactQueryPersistClient.ts'),
  'idb-keyval': () => import('idb-keyval'),
  zustand: () => import('../probes/instrumented/zustand.ts'),
  'zustand/vanilla': () => import('../probes/instrumented/zustandVanilla.ts'),
  'zustand/middleware': () => import('zustand/middleware'),
  'zustand/middleware/immer': () => import('zustand/middleware/immer'),
  'zustand/shallow': () => import('zustand/shallow'),
  'zustand/react/shallow': () => import('zustand/react/shallow'),
  valtio: () => import('../probes/instrumented/valtio.ts'),
  'valtio/utils': () => import('valtio/utils'),
  'valtio/vanilla': () => import('../probes/instrumented/valtioVanilla.ts'),
  mobx: () => import('../probes/instrumented/mobx.ts'),
  'mobx-react-lite': () => import('mobx-react-lite'),
  immer: () => import('immer'),
  yjs: () => import('../probes/instrumented/yjs.ts'),
  msw: () => import('msw'),
  'msw/experimental': () => import('./vendor/mswExperimental.ts'),
  '@mswjs/interceptors/fetch': () => import('@mswjs/interceptors/fetch'),
  '@mswjs/interceptors/XMLHttpRequest': () => import('@mswjs/interceptors/XMLHttpRequest'),
  '@mswjs/interceptors/WebSocket': () => import('../probes/instrumented/mswInterceptorsWebSocket.ts'),
  // For the Tests tab (tests.html): an example's *.test.ts files, as Vitest runs them in Node.
  vitest: () => import('./testing/vitestShim.ts'),
  '@testing-library/react': () => import('@testing-library/react'),
  '@testing-library/dom': () => import('@testing-library/dom'),
  '@testing-library/user-event': () => import('@testing-library/user-event'),
};

/**
 * A CommonJS package (React, for one) arrives as a namespace with only `default`;
 * its named exports are the properties of that default.
 */
function asCommonJsNamespace(ns: Namespace): Namespace {
  const keys = Object.keys(ns);
  const cjs = ns.default as Namespace | undefined;
  if (keys.length === 1 && keys[0] === 'default' && cjs && (typeof cjs === 'object' || typeof cjs === 'function')) {
    return { ...cjs, __esModule: true, default: cjs };
  }
  return { ...ns, __esModule: true, default: 'default' in ns ? ns.default : ns };
}

const loaded = new Map<string, Promise<Namespace>>();

export function availableVendorModules(): string[] {
  return Object.keys(loaders);
}

/**
 * The module as the reader's (CommonJS-transpiled) code expects it: with
 * `__esModule` so default imports work, and a `default` even for ESM packages.
 */
export function loadVendorModule(specifier: string): Promise<Namespace> {
  let pending = loaded.get(specifier);
  if (!pending) {
    const load = loaders[specifier];
    if (!load) return Promise.reject(new Error(`Unknown package '${specifier}'`));
    // The chunks are minified: the render probe names their components by export instead.
    pending = load().then((ns) => {
      const module = asCommonJsNamespace(ns);
      registerLibraryExports(specifier, module);
      return module;
    });
    loaded.set(specifier, pending);
  }
  return pending;
}
