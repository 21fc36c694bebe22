import { describe, expect, it, vi } from 'vitest';
import { rtkQueryScreen, slicesScreen } from '../migration-measure/screens';
import { compare, expectTheStoryHappened } from '../migration-measure/story';

// Count dispatches with the visualizer's own Redux probe, around the stores the apps create.
vi.mock('@reduxjs/toolkit', async (importOriginal) =>
  (await import('../migration-measure/countDispatches')).probedToolkit(await importOriginal()),
);

describe('step 2, first road: server state from Redux slices to RTK Query', () => {
  it('shows the same screens with fewer requests, fewer loading screens and fewer lines of code; the actions left to write are the UI ones', async () => {
    const { before, after } = await compare(
      'step 2, RTK Query',
      { example: 'migration-1-after', screen: slicesScreen },
      { example: 'migration-2-after-rtk-query', screen: rtkQueryScreen },
    );

    expectTheStoryHappened(after);
    expect(after.views).toEqual(before.views);
    // A project seen a moment ago comes from the cache: no request, no "Loading tasks…".
    expect(after.requests.length).toBeLessThan(before.requests.length);
    expect(after.requests).toEqual([...new Set(before.requests)]);
    expect(after.loadingScreens).toBeLessThan(before.loadingScreens);
    // The store still runs the cache, so dispatches don't go down: RTK Query's own actions
    // replace the hand-written ones. What the app itself dispatches is the user's choices.
    const own = after.dispatches.filter((type) => !type.startsWith('tasksApi/'));
    expect(own.every((type) => type.startsWith('ui/'))).toBe(true);
    expect(own.length).toBeLessThan(before.dispatches.length);
    expect(after.dispatches.length).toBeGreaterThanOrEqual(before.dispatches.length);
    expect(after.linesOfCode).toBeLessThan(before.linesOfCode);
  }, 30_000);
});
