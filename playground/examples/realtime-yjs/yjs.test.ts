import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { editWhileOffline, twoTabsPerTest } from '../twoTabsTestSupport.ts';
import { createTaskDoc, type TaskDoc } from './taskDoc';

const tabs = twoTabsPerTest((clientId) => createTaskDoc({ clientId, taskId: 'task_017' }), (tab) => tab.getState().synced);
const twoTabs = tabs.start;
const backend = () => tabs.backend;

const contents = (tab: TaskDoc) => ({ description: tab.getState().description, checklist: tab.getState().checklist });

describe('Yjs: two tabs, one task', () => {
  it('starts both tabs from the server’s document', async () => {
    const { mine } = await twoTabs();
    expect(contents(mine)).toEqual(backend().yjsDocs.snapshot('task_017'));
    expect(mine.getState().checklist.map((item) => item.text)).toEqual(['Sketch the dialog', 'Write the copy', 'Review with design']);
  });

  it('edits made offline on both sides — same text, same list — merge on reconnect, the same everywhere', async () => {
    const { mine, theirs } = await twoTabs();
    await editWhileOffline(backend(), { mine, theirs }, {
      mine: (tab) => {
        tab.setDescription(`Draft: ${tab.getState().description}`);
        tab.toggle('item_1', true);
        tab.addItem('Check contrast');
      },
      theirs: (tab) => {
        tab.setDescription(`${tab.getState().description} Ship by Friday.`);
        tab.toggle('item_2', true);
        tab.addItem('Ask legal');
      },
      theirsSaved: () => backend().yjsDocs.snapshot('task_017').description.endsWith('Ship by Friday.'),
    });
    await vi.waitFor(() => expect(contents(mine)).toEqual(backend().yjsDocs.snapshot('task_017')));
    await vi.waitFor(() => expect(contents(theirs)).toEqual(backend().yjsDocs.snapshot('task_017')));
    const merged = backend().yjsDocs.snapshot('task_017');
    expect(merged.description).toBe('Draft: Part of Checkout v2. Ship by Friday.');
    expect(merged.checklist.filter((item) => item.done).map((item) => item.id)).toEqual(['item_1', 'item_2']);
    expect(merged.checklist.map((item) => item.text)).toEqual(expect.arrayContaining(['Check contrast', 'Ask legal']));
    expect(merged.checklist).toHaveLength(5);
  });

  it('the same checkbox changed on both sides: one value wins, and both tabs agree on which', async () => {
    const { mine, theirs } = await twoTabs();
    await editWhileOffline(backend(), { mine, theirs }, {
      mine: (tab) => tab.toggle('item_3', true),
      theirs: (tab) => {
        tab.toggle('item_3', true);
        tab.toggle('item_3', false);
      },
      theirsSaved: () => backend().yjsDocs.snapshot('task_017').checklist.length === 3,
    });
    await vi.waitFor(() => expect(contents(mine)).toEqual(contents(theirs)));
    await vi.waitFor(() => expect(contents(mine)).toEqual(backend().yjsDocs.snapshot('task_017')));
  });
});

describe('Yjs documents on their own', () => {
  it('converge whatever the order the updates arrive in', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.getText('t').insert(0, 'shared');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const fromA: Uint8Array[] = [];
    const fromB: Uint8Array[] = [];
    a.on('update', (update: Uint8Array) => fromA.push(update));
    b.on('update', (update: Uint8Array) => fromB.push(update));
    a.getText('t').insert(0, 'A1 ');
    a.getText('t').insert(9, ' A2');
    b.getText('t').delete(0, 3);
    b.getText('t').insert(3, 'B');
    for (const update of [...fromB].reverse()) Y.applyUpdate(a, update);
    for (const update of fromA) Y.applyUpdate(b, update);
    expect(a.getText('t').toString()).toBe(b.getText('t').toString());
  });
});
