import type { TestProject } from 'vitest/node';
import { ensureChromium } from './chromium.ts';
import { serveSite } from '../../../scripts/serveSite.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    docsUrl: string;
    sandboxUrl: string;
  }
}

/** Serves the built site (dist/ and dist-sandbox/) on a free pair of 127.0.0.1 ports for the e2e suite. */
export default async function setup(project: TestProject) {
  ensureChromium();
  const site = await serveSite({ port: 0 });
  project.provide('docsUrl', site.docsUrl);
  project.provide('sandboxUrl', site.sandboxUrl);
  return () => site.close();
}
