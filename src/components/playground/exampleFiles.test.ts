import { describe, expect, it } from 'vitest';
import { exampleIds, islandBundle, loadExample, withSharedFiles } from './exampleFiles.ts';
import { mockSources } from './mockSources.ts';

describe("the page's copy of an example bundle", () => {
  it.each(exampleIds())('%s: leaves the mock backend out of the HTML, and the island gets back exactly the whole bundle', (id) => {
    const whole = loadExample(id);
    const island = islandBundle(whole);
    expect(Object.keys(island.files).filter((path) => path.startsWith('/mocks/'))).toEqual([]);
    expect(island.sharedFiles ?? []).toEqual(Object.keys(whole.files).filter((path) => path.startsWith('/mocks/')));
    expect(withSharedFiles(island, mockSources)).toEqual(whole);
  });

  it('says which file is missing when the sources lack one', () => {
    const island = islandBundle(loadExample('hello-playground'));
    expect(() => withSharedFiles(island, {})).toThrow(/needs \/mocks\/.+\.ts/);
  });
});
