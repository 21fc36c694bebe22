// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import { sandboxRuntime } from './playground/runtime/build/astroIntegration.ts';
import { SIDEBAR } from './src/navigation/sidebar.ts';
import { trimSandpackClient } from './src/components/playground/build/trimSandpackClient.ts';
import { typeCheckWorker } from './src/components/playground/typeCheck/build/astroIntegration.ts';

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
      // `autogenerate` expects src/content/docs; the pages are listed in src/navigation/sidebar.ts.
      sidebar: SIDEBAR,
    }),
    react(),
    sandboxRuntime(),
    typeCheckWorker(),
  ],
});
