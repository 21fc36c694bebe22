import { describe, expect, it } from 'vitest';
import { exampleIds, islandBundle, loadExample, withSharedFiles } from './exampleFiles.ts';
import { mockSources } from './mockSources.ts';
import { playgroundFiles } from '../../../playground/examples/shippedExamples.ts';

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

describe("the runtime's copy of an example (examples/<id>.json, for preview-first boot)", () => {
  it.each(exampleIds())('%s: has exactly the files the page sends in its compile', (id) => {
    const whole = loadExample(id);
    // Else the runtime would run other files than the page's, and the first compile would run the code again.
    expect(playgroundFiles(id, whole.meta)).toEqual(whole.files);
  });
});
