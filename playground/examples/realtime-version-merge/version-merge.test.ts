import { describe, expect, it, vi } from 'vitest';
import { editWhileOffline, setTabOnline, twoTabsPerTest } from '../twoTabsTestSupport.ts';
import { threeWayMerge } from './merge';
import { createTaskSync, shownTask, type TaskSync } from './taskSync';

const tabs = twoTabsPerTest((clientId) => createTaskSync({ clientId, taskId: 'task_017' }));
const twoTabs = tabs.start;
const backend = () => tabs.backend;

const reconnect = (tab: TaskSync) => {
  setTabOnline(backend(), tab, 'this-tab', false);
  setTabOnline(backend(), tab, 'this-tab', true);
};
const server = () => backend().db.get('tasks', 'task_017')!;
const settled = (tab: TaskSync) => tab.getState().queue.length === 0 && tab.getState().conflict === null;
/** This tab offline changes title and status, another tab changes the title; this tab comes back. */
const bothChangeTheTitle = ({ mine, theirs }: { mine: TaskSync; theirs: TaskSync }) =>
  editWhileOffline(backend(), { mine, theirs }, {
    mine: (tab) => tab.edit({ title: 'Mine', status: 'done' }),
    theirs: (tab) => tab.edit({ title: 'Theirs' }),
    theirsSaved: () => server().title === 'Theirs',
  });

describe('threeWayMerge', () => {
  const base = { title: 'Design conflict dialog', status: 'in_review', priority: 'low' };

  it('takes my change to a field they left alone, and keeps their change to a field I left alone', () => {
    const theirs = { ...base, title: 'Design the conflict dialog' };
    expect(threeWayMerge(base, { status: 'done' }, theirs)).toEqual({ changes: { status: 'done' }, conflicts: [], keptFromThem: ['title'] });
  });

  it('reports a conflict when both changed the same field to different values', () => {
    const theirs = { ...base, title: 'Theirs' };
    expect(threeWayMerge(base, { title: 'Mine', status: 'done' }, theirs)).toEqual({
      changes: { status: 'done' },
      conflicts: [{ field: 'title', base: 'Design conflict dialog', mine: 'Mine', theirs: 'Theirs' }],
      keptFromThem: [],
    });
  });

  it('is no conflict when both made the same change', () => {
    expect(threeWayMerge(base, { status: 'done' }, { ...base, status: 'done' })).toEqual({ changes: {}, conflicts: [], keptFromThem: [] });
  });

  it('ignores bookkeeping fields', () => {
    expect(threeWayMerge({ ...base, version: 1 }, { status: 'done' }, { ...base, version: 2 }, ['version']).keptFromThem).toEqual([]);
  });
});

describe('two tabs, one offline', () => {
  it('different fields: the 409 is merged without asking, and both tabs show both changes', async () => {
    const { mine, theirs } = await twoTabs();
    const startVersion = server().version;
    await editWhileOffline(backend(), { mine, theirs }, {
      mine: (tab) => tab.edit({ status: 'done' }),
      theirs: (tab) => tab.edit({ title: 'Design the conflict dialog' }),
      theirsSaved: () => server().title === 'Design the conflict dialog' && mine.getState().queue.length === 1,
    });
    await vi.waitFor(() => expect(settled(mine) && server().status === 'done').toBe(true));
    await vi.waitFor(() => expect(shownTask(theirs.getState())).toEqual(server()));
    expect(shownTask(mine.getState())).toEqual(server());
    expect(server()).toMatchObject({ title: 'Design the conflict dialog', status: 'done', version: startVersion + 2 });
    expect(mine.getState().log).toContain('409: merged, mine: status; kept theirs: title');
  });

  it('the same field: the tab asks; “mine” saves mine on top of theirs, and both tabs show it', async () => {
    const { mine, theirs } = await twoTabs();
    await bothChangeTheTitle({ mine, theirs });

    await vi.waitFor(() => expect(mine.getState().conflict).not.toBeNull());
    expect(mine.getState().conflict!.fields).toEqual([{ field: 'title', base: 'Design conflict dialog', mine: 'Mine', theirs: 'Theirs' }]);
    expect(server().status).toBe('in_review'); // nothing of the conflicting edit is saved until the reader decides
    mine.resolve({ title: 'mine' });
    await vi.waitFor(() => expect(server()).toMatchObject({ title: 'Mine', status: 'done' }));
    await vi.waitFor(() => expect(shownTask(theirs.getState())).toEqual(server()));
    expect(shownTask(mine.getState())).toEqual(server());
  });

  it('the same field, “theirs”: their title stays, my other change still goes through', async () => {
    const { mine, theirs } = await twoTabs();
    await bothChangeTheTitle({ mine, theirs });
    await vi.waitFor(() => expect(mine.getState().conflict).not.toBeNull());
    mine.resolve({ title: 'theirs' });
    await vi.waitFor(() => expect(server()).toMatchObject({ title: 'Theirs', status: 'done' }));
    await vi.waitFor(() => expect(shownTask(theirs.getState())).toEqual(server()));
  });

  it('edits queued offline go out in order, each on top of the one before: no 409 against itself', async () => {
    const { mine } = await twoTabs();
    const startVersion = server().version;
    setTabOnline(backend(), mine, 'this-tab', false);
    mine.edit({ status: 'todo' });
    mine.edit({ priority: 'urgent' });
    mine.edit({ title: 'Three edits later' });
    expect(mine.getState().queue).toHaveLength(3);
    setTabOnline(backend(), mine, 'this-tab', true);
    await vi.waitFor(() => expect(settled(mine)).toBe(true));
    expect(server()).toMatchObject({ status: 'todo', priority: 'urgent', title: 'Three edits later', version: startVersion + 3 });
    expect(mine.getState().log.some((line) => line.startsWith('409'))).toBe(false);
  });

  it('a lost response is retried with the same Idempotency-Key: saved once, no 409 against its own first attempt', async () => {
    const { mine } = await twoTabs();
    const startVersion = server().version;
    backend().clients.loseNextResponse('this-tab');
    mine.edit({ status: 'done' });
    await vi.waitFor(() => expect(server().status).toBe('done')); // saved, but the tab never heard
    expect(mine.getState().queue).toHaveLength(1);
    reconnect(mine);
    await vi.waitFor(() => expect(settled(mine)).toBe(true));
    expect(server().version).toBe(startVersion + 1);
    expect(mine.getState().log.some((line) => line.startsWith('409'))).toBe(false);
  });
});
