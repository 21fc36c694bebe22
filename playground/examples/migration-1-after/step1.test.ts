import { describe, expect, it, vi } from 'vitest';
import { legacyScreen, slicesScreen } from '../migration-measure/screens';
import { compare, expectTheStoryHappened } from '../migration-measure/story';

// Count dispatches with the visualizer's own Redux probe, around the stores the apps create.
vi.mock('redux', async (importOriginal) => (await import('../migration-measure/countDispatches')).probedRedux(await importOriginal()));
vi.mock('@reduxjs/toolkit', async (importOriginal) =>
  (await import('../migration-measure/countDispatches')).probedToolkit(await importOriginal()),
);

describe('step 1: hand-written Redux → Redux Toolkit slices', () => {
  it('changes no behaviour: the same screens, requests and number of dispatches, in fewer lines of code', async () => {
    const { before, after } = await compare(
      'step 1',
      { example: 'migration-1-before', screen: legacyScreen },
      { example: 'migration-1-after', screen: slicesScreen },
    );

    expectTheStoryHappened(before);
    expect(after.views).toEqual(before.views);
    expect(after.requests).toEqual(before.requests);
    expect(after.dispatches).toHaveLength(before.dispatches.length);
    expect(after.loadingScreens).toBe(before.loadingScreens);
    expect(after.linesOfCode).toBeLessThan(before.linesOfCode);
  }, 30_000);
});
