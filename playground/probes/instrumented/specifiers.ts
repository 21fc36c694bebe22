/**
 * Which instrumented module the runtime hands to the reader's code for each bare specifier
 * (paths relative to this folder). No imports: the runtime's vendor build can read it freely.
 *
 * Inside these modules, the same specifiers must resolve to the REAL packages (build each entry
 * with the real package bundled in, or give instrumented modules a registry that bypasses this
 * map). All entries of one library must share one copy of it (e.g. esbuild with `splitting`),
 * or jotai's `INTERNAL_overrideCreateStore` and the default store won't be the ones used by
 * `jotai/react`.
 */
export const INSTRUMENTED_SPECIFIERS: Readonly<Record<string, string>> = {
  '@reduxjs/toolkit': './reduxToolkit.ts',
  '@reduxjs/toolkit/query': './reduxToolkitQuery.ts',
  '@reduxjs/toolkit/query/react': './reduxToolkitQueryReact.ts',
  redux: './redux.ts',
  '@tanstack/react-query': './reactQuery.ts',
  '@tanstack/react-query-persist-client': './reactQueryPersistClient.ts',
  jotai: './jotai.ts',
  'jotai/vanilla': './jotaiVanilla.ts',
  'jotai/react': './jotaiReact.ts',
  'jotai/utils': './jotaiUtils.ts',
  zustand: './zustand.ts',
  'zustand/vanilla': './zustandVanilla.ts',
  'zustand/traditional': './zustandTraditional.ts',
  valtio: './valtio.ts',
  'valtio/vanilla': './valtioVanilla.ts',
  mobx: './mobx.ts',
  yjs: './yjs.ts',
  'msw/experimental': './mswExperimental.ts',
  '@mswjs/interceptors/WebSocket': './mswInterceptorsWebSocket.ts',
};

/** Module the runtime must evaluate before `react-dom` (installs the DevTools hook). */
export const BEFORE_REACT_DOM = './renderHook.ts';
