import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from './chromium.ts';

// Without the background-networking flags Chromium calls home at start-up.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface Session {
  context: BrowserContext;
  /** Every URL the browser requested, in order. */
  requests: string[];
  /** Console errors and uncaught page errors, with the page URL. */
  errors: string[];
  newPage(): Promise<Page>;
  /** Requests that went anywhere but loopback. */
  offHostRequests(): string[];
  close(): Promise<void>;
}

/**
 * A running Chromium whose contexts (`browser.newContext()`) each start with an empty cache:
 * for measuring cold starts without the browser's own start-up in the measurement.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** A fresh Chromium profile that records every request and every console error. */
export async function openSession(
  options: { viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {},
): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'statelab-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    context,
    requests,
    errors,
    newPage: () => context.newPage(),
    offHostRequests: () =>
      requests.filter((url) => {
        const { protocol, hostname } = new URL(url);
        if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return false;
        return !LOOPBACK_HOSTS.has(hostname);
      }),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
