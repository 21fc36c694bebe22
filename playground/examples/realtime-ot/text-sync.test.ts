import { describe, expect, it, vi } from 'vitest';
import { editWhileOffline, setTabOnline, twoTabsPerTest } from '../twoTabsTestSupport.ts';
import { createTextSync, type TextSync } from './textSync';

const DOC = 'task_017/description';
const tabs = twoTabsPerTest((clientId) => createTextSync({ clientId, doc: DOC }), (tab) => tab.getState().text !== null);
const twoTabs = tabs.start;
const backend = () => tabs.backend;

const serverText = () => backend().textDocs.get(DOC).text;
const type = (tab: TextSync, edit: (text: string) => string) => tab.edit(edit(tab.getState().text!));

describe('two tabs edit one description over the socket', () => {
  it('offline edits on both sides, in the same text: both tabs end with both edits', async () => {
    const { mine, theirs } = await twoTabs();
    await editWhileOffline(backend(), { mine, theirs }, {
      mine: (tab) => type(tab, (text) => text.replace('Part of', 'Part of the')),
      theirs: (tab) => type(tab, (text) => `${text} Ship by Friday.`),
      theirsSaved: () => serverText() === 'Part of Checkout v2. Ship by Friday.',
    });
    await vi.waitFor(() => expect(mine.getState()).toMatchObject({ text: 'Part of the Checkout v2. Ship by Friday.', unconfirmed: 0 }));
    await vi.waitFor(() => expect(theirs.getState().text).toBe(serverText()));
    expect(serverText()).toBe('Part of the Checkout v2. Ship by Friday.');
    expect(mine.getState().log).toContain('Transformed 1 of mine past their revision 1');
  });

  it('many keystrokes offline on both sides, at the same spot: the tabs converge, and each keeps its own text', async () => {
    const { mine, theirs } = await twoTabs();
    setTabOnline(backend(), mine, 'this-tab', false);
    for (const letter of 'mine') type(mine, (text) => `${text}${letter}`);
    for (const letter of 'theirs') type(theirs, (text) => `${text}${letter}`);
    await vi.waitFor(() => expect(theirs.getState().unconfirmed).toBe(0));
    setTabOnline(backend(), mine, 'this-tab', true);
    await vi.waitFor(() => expect(mine.getState().unconfirmed).toBe(0));
    await vi.waitFor(() => expect(theirs.getState().text).toBe(mine.getState().text));
    expect(serverText()).toBe(mine.getState().text);
    expect(serverText()).toMatch(/^Part of Checkout v2\.(minetheirs|theirsmine)$/);
  });
});
