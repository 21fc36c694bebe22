import { describe, expect, it, vi } from 'vitest';
import { editWhileOffline, twoTabsPerTest } from '../twoTabsTestSupport.ts';
import { createTaskSync, shownTask } from './taskSync';

const tabs = twoTabsPerTest((clientId) => createTaskSync({ clientId, taskId: 'task_017' }));
const twoTabs = tabs.start;
const backend = () => tabs.backend;

const server = () => backend().db.get('tasks', 'task_017')!;

describe('last write wins, two tabs', () => {
  it('loses an update: the tab that was offline saves last and replaces the other tab’s title, and only that tab finds out', async () => {
    const { mine, theirs } = await twoTabs();
    await editWhileOffline(backend(), { mine, theirs }, {
      mine: (tab) => tab.edit({ title: 'Mine' }),
      theirs: (tab) => tab.edit({ title: 'Theirs' }),
      theirsSaved: () => server().title === 'Theirs' && theirs.getState().overwritten.length === 0,
    });
    await vi.waitFor(() => expect(server().title).toBe('Mine'));
    await vi.waitFor(() => expect(shownTask(theirs.getState())).toEqual(server()));
    expect(shownTask(mine.getState())).toEqual(server());
    // No 409, no question: "Theirs" is gone, and the tab that saved it learns it from a push.
    expect(theirs.getState().overwritten).toEqual(['your title “Theirs” was replaced by “Mine”']);
    expect(mine.getState().overwritten).toEqual([]);
  });

  it('different fields survive: each save sends only the fields it changed', async () => {
    const { mine, theirs } = await twoTabs();
    await editWhileOffline(backend(), { mine, theirs }, {
      mine: (tab) => tab.edit({ status: 'done' }),
      theirs: (tab) => tab.edit({ title: 'Theirs' }),
      theirsSaved: () => server().title === 'Theirs',
    });
    await vi.waitFor(() => expect(server()).toMatchObject({ title: 'Theirs', status: 'done' }));
    await vi.waitFor(() => expect(shownTask(theirs.getState())).toEqual(server()));
    expect(theirs.getState().overwritten).toEqual([]);
  });
});
