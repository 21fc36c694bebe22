/**
 * The packages nearly every playground imports (React, and MSW for the mock backend): every
 * frame starts loading them at once (main.ts), and the build lists their chunks among each
 * example's preloads (build/examplePreloads.ts).
 */
export const PRELOADED_PACKAGES = [
  'react',
  'react/jsx-dev-runtime',
  'react-dom/client',
  'msw',
  'msw/experimental',
  '@mswjs/interceptors/fetch',
  '@mswjs/interceptors/XMLHttpRequest',
  '@mswjs/interceptors/WebSocket',
] as const;
