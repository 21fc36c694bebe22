import { describe, expect, it, vi } from 'vitest';
import { slicesScreen, tanstackQueryScreen } from '../migration-measure/screens';
import { compare, expectTheStoryHappened } from '../migration-measure/story';

// Count dispatches with the visualizer's own Redux probe, around the stores the apps create.
vi.mock('@reduxjs/toolkit', async (importOriginal) =>
  (await import('../migration-measure/countDispatches')).probedToolkit(await importOriginal()),
);

describe('step 2, second road: server state from Redux slices to TanStack Query', () => {
  it('shows the same screens with fewer requests, fewer loading screens, only UI actions dispatched and fewer lines of code', async () => {
    const { before, after } = await compare(
      'step 2, TanStack Query',
      { example: 'migration-1-after', screen: slicesScreen },
      { example: 'migration-2-after-tanstack-query', screen: tanstackQueryScreen },
    );

    expectTheStoryHappened(after);
    expect(after.views).toEqual(before.views);
    // A project seen a moment ago comes from the cache: no request, no "Loading tasks…".
    expect(after.requests.length).toBeLessThan(before.requests.length);
    expect(after.requests).toEqual([...new Set(before.requests)]);
    expect(after.loadingScreens).toBeLessThan(before.loadingScreens);
    // Server state left Redux: what is still dispatched is the user's choices.
    expect(after.dispatches.every((type) => type.startsWith('ui/'))).toBe(true);
    expect(after.dispatches.length).toBeLessThan(before.dispatches.length);
    expect(after.linesOfCode).toBeLessThan(before.linesOfCode);
  }, 30_000);

  it('with staleTime 0 (the default) asks the server on every visit, as before, yet shows "Loading tasks…" only on first visits', async () => {
    const { before, after } = await compare(
      'step 2, TanStack Query with staleTime: 0',
      { example: 'migration-1-after', screen: slicesScreen },
      { example: 'migration-2-after-tanstack-query', screen: () => tanstackQueryScreen({ tasksStaleTime: 0 }) },
    );

    expectTheStoryHappened(after);
    expect(after.views).toEqual(before.views);
    expect(after.requests).toEqual(before.requests);
    expect(after.loadingScreens).toBeLessThan(before.loadingScreens);
  }, 30_000);
});
