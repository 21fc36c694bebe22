import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Examples import the mock backend as `@/mocks/…`, as the playground runtime resolves it.
  resolve: { alias: { '@/mocks': fileURLToPath(new URL('./playground/mocks', import.meta.url)) } },
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'playground/**/*.test.ts', 'src/**/*.test.ts'],
        },
      },
      {
        // Component tests of the examples (React Testing Library): the same files the Tests tab
        // runs in the browser, here in a simulated DOM.
        resolve: { alias: { '@/mocks': fileURLToPath(new URL('./playground/mocks', import.meta.url)) } },
        test: {
          name: 'unit-dom',
          environment: 'happy-dom',
          include: ['playground/examples/**/*.test.tsx'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two cores: one browser at a time keeps timings honest and the machine responsive.
          fileParallelism: false,
        },
      },
    ],
  },
});
