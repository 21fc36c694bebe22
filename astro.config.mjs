// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import { sandboxRuntime } from './playground/runtime/build/astroIntegration.ts';
import { trimSandpackClient } from './src/components/playground/build/trimSandpackClient.ts';

// Astro reaches for the network to send telemetry unless told not to.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

export default defineConfig({
  site: process.env.STATELAB_SITE_URL || 'http://127.0.0.1:4321',
  server: { host: '127.0.0.1', port: 4321 },
  vite: { plugins: [trimSandpackClient()] },
  integrations: [
    starlight({
      title: 'StateLab',
      description:
        'Learn frontend state and data-flow architecture by running every pattern against a mock backend, and migrate a real codebase from one approach to another.',
      // The docs collection lives in ./content/docs, not Starlight's default.
      markdown: { processedDirs: ['./content/docs'] },
      customCss: ['./src/styles/custom.css'],
      components: { Footer: './src/components/starlight/Footer.astro' },
      // `autogenerate` expects src/content/docs; list the pages instead.
      sidebar: [
        {
          label: 'Architecture',
          items: [{ label: 'The map of state', slug: 'architecture/overview' }],
        },
        {
          label: 'Patterns',
          items: [
            { label: 'Reading a playground', slug: 'patterns/playgrounds' },
            { label: 'Reading the timeline', slug: 'patterns/visualizer' },
            { label: 'Redux Toolkit', slug: 'patterns/redux-toolkit' },
            { label: 'TanStack Query', slug: 'patterns/tanstack-query' },
            { label: 'Jotai', slug: 'patterns/jotai' },
          ],
        },
        {
          label: 'Migration',
          items: [
            { label: 'Migration paths', slug: 'migration/overview' },
            { label: 'Path 1, step 1: Redux Toolkit slices', slug: 'migration/path-1/step-1-rtk-slices' },
            { label: 'Path 1, step 2: server state', slug: 'migration/path-1/step-2-server-state' },
            { label: 'Path 1, step 3: client state', slug: 'migration/path-1/step-3-client-state' },
            { label: 'Path 1 checklist', slug: 'migration/path-1/checklist' },
            { label: 'Upgrade notes', slug: 'migration/upgrade-notes' },
          ],
        },
        {
          label: 'Contributing',
          items: [
            { label: 'Working on StateLab', slug: 'contributing/overview' },
            { label: 'Adding an example', slug: 'contributing/adding-an-example' },
          ],
        },
      ],
    }),
    react(),
    sandboxRuntime(),
  ],
});
