/** For the Node tests of the real-time examples that run two tabs of one app against the mock backend. */
import { afterEach, expect, vi } from 'vitest';
import { startMockBackend, type MockBackend } from '../mocks/node.ts';

/** What every two-tab example's sync client has. */
export interface TabClient {
  start(): void;
  stop(): void;
  setOnline(online: boolean): void;
  getState(): { connection: string };
}

export const TAB_IDS = ['this-tab', 'another-tab'] as const;

/** Starts both tabs and waits until both are live and `loaded` (by default: they have the server's copy). */
export async function startTabs<T extends TabClient>(
  create: (clientId: string) => T,
  loaded: (tab: T) => boolean = (tab) => Boolean((tab.getState() as { server?: unknown }).server),
): Promise<{ mine: T; theirs: T; tabs: T[] }> {
  const tabs = TAB_IDS.map(create);
  for (const tab of tabs) tab.start();
  await vi.waitFor(() => expect(tabs.map((tab) => tab.getState().connection)).toEqual(['live', 'live']));
  await vi.waitFor(() => expect(tabs.every(loaded)).toBe(true));
  return { mine: tabs[0]!, theirs: tabs[1]!, tabs };
}

/** Flips a tab's network the way the example's Online checkbox does: the backend's switch, then the app's. */
export function setTabOnline(backend: MockBackend, tab: TabClient, clientId: string, online: boolean): void {
  backend.clients.setOffline(clientId, !online);
  tab.setOnline(online);
}

/**
 * The scenario every rung is tested with: "this tab" goes offline and edits, "another tab"
 * edits and saves, then this tab comes back. Returns once another tab's save is on the server.
 */
export async function editWhileOffline<T extends TabClient>(
  backend: MockBackend,
  { mine, theirs }: { mine: T; theirs: T },
  edits: { mine: (tab: T) => void; theirs: (tab: T) => void; theirsSaved: () => boolean },
): Promise<void> {
  setTabOnline(backend, mine, 'this-tab', false);
  edits.mine(mine);
  edits.theirs(theirs);
  await vi.waitFor(() => expect(edits.theirsSaved()).toBe(true));
  setTabOnline(backend, mine, 'this-tab', true);
}

/**
 * For a test file: a fresh mock backend and two started tabs per test (`await tabs.start()`),
 * both stopped after each test. `tabs.backend` is the running backend.
 */
export function twoTabsPerTest<T extends TabClient>(create: (clientId: string) => T, loaded?: (tab: T) => boolean) {
  let running: { backend: MockBackend; tabs: T[] } | null = null;
  afterEach(() => {
    for (const tab of running?.tabs ?? []) tab.stop();
    running?.backend.stop();
    running = null;
  });
  return {
    async start() {
      const backend = startMockBackend();
      running = { backend, tabs: [] };
      const started = await startTabs(create, loaded);
      running.tabs = started.tabs;
      return started;
    },
    get backend(): MockBackend {
      if (!running) throw new Error('call start() first');
      return running.backend;
    },
  };
}
