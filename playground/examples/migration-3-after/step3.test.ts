import { describe, expect, it, vi } from 'vitest';
import { atomsScreen, tanstackQueryScreen } from '../migration-measure/screens';
import { compare, expectTheStoryHappened } from '../migration-measure/story';

// Count dispatches with the visualizer's own Redux probe, around the stores the apps create.
vi.mock('@reduxjs/toolkit', async (importOriginal) =>
  (await import('../migration-measure/countDispatches')).probedToolkit(await importOriginal()),
);

describe('step 3: what is left of client state, out of Redux', () => {
  it('shows the same screens with the same requests, no Redux store and fewer lines of code', async () => {
    const { before, after } = await compare(
      'step 3',
      { example: 'migration-2-after-tanstack-query', screen: tanstackQueryScreen },
      { example: 'migration-3-after', screen: atomsScreen },
    );

    expectTheStoryHappened(after);
    expect(after.views).toEqual(before.views);
    expect(after.requests).toEqual(before.requests);
    expect(after.loadingScreens).toBe(before.loadingScreens);
    expect(before.dispatches.length).toBeGreaterThan(0);
    expect(after.dispatches).toEqual([]);
    expect(after.linesOfCode).toBeLessThan(before.linesOfCode);
  }, 30_000);
});
