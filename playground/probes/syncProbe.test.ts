import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { SyncObservation } from '../mocks/sync-log.ts';
import { observeRunningBackends } from './instrumented/setup.ts';
import { createdByMockBackend } from './instrumented/yjs.ts';
import { observeSyncLog, observeYDoc, syncRow } from './syncProbe.ts';
import { recordEvents } from './testSupport/recordEvents.ts';

describe('sync rows from the server’s sync log', () => {
  it('a 409 says who sent what, on which version, and who changed what since', () => {
    const row = syncRow({ kind: 'conflict', client: 'this-tab', target: 'tasks/task_017', sentVersion: 3, serverVersion: 4, fields: ['title', 'status'], changedSince: [{ field: 'title', from: 'another-tab' }] });
    expect(row).toMatchObject({ source: 'sync', kind: 'sync:conflict', meta: { side: 'server', client: 'this-tab', basedOn: 3, serverVersion: 4 } });
    expect(row.label).toBe('Conflict (409): this-tab sent title, status based on version 3, the server is at 4: changed since, title from another-tab');
  });

  it('a merge says whose value each field kept', () => {
    const row = syncRow({ kind: 'merge', client: 'this-tab', target: 'tasks/task_017', version: 5, fields: [{ field: 'title', from: 'another-tab' }, { field: 'status', from: 'this-tab' }] });
    expect(row.label).toBe('Merged by this-tab (version 5): title from another-tab, status from this-tab');
  });

  it('an OT transform shows the operations as sent and as applied', () => {
    const row = syncRow({ kind: 'ot-transform', client: 'this-tab', target: 'task_017/description', sent: [[20, '!']], applied: [[21, '!']], basedOn: 3, past: 1, revision: 5 });
    expect(row).toMatchObject({ kind: 'sync:transform', data: { sent: [[20, '!']], applied: [[21, '!']] } });
    expect(row.label).toBe('OT transform by this-tab: [20,"!"] (revision 3) became [21,"!"], applied as revision 5');
  });

  it('edits kept offline name how many operations they were transformed past', () => {
    const row = syncRow({ kind: 'ot-transform', client: 'this-tab', target: 'task_017/description', applied: [['Draft: ', 20]], basedOn: 0, past: 1, revision: 2 });
    expect(row.label).toBe('OT transform by this-tab: edits kept offline at revision 0, transformed past 1 operation, applied as ["Draft: ",20] (revision 2)');
  });

  it('a replayed queue gives its length and the time offline', () => {
    expect(syncRow({ kind: 'queue', client: 'another-tab', count: 3, offlineMs: 4200 }).label).toBe('Offline queue: another-tab came back after 4.2 s and replayed 3 changes');
  });

  it('observeSyncLog emits a row per observation until unsubscribed', () => {
    const listeners = new Set<(observation: SyncObservation) => void>();
    const log = { subscribe: (listener: (observation: SyncObservation) => void) => (listeners.add(listener), () => void listeners.delete(listener)) };
    const { emit, ofSource } = recordEvents();
    const stop = observeSyncLog(log, emit);
    for (const listener of listeners) listener({ kind: 'replay', client: 'this-tab', request: 'PATCH /api/tasks/task_017', key: 'k' });
    stop();
    expect(listeners.size).toBe(0);
    expect(ofSource('sync').map((event) => event.kind)).toEqual(['sync:replay']);
  });
});

describe('Yjs documents', () => {
  it('report each update with its size in bytes, local or applied from elsewhere', () => {
    const { emit, ofSource } = recordEvents();
    const here = new Y.Doc();
    const there = new Y.Doc();
    observeYDoc(here, emit, 'Y.Doc#here');
    const updates: number[] = [];
    here.on('update', (update: Uint8Array) => updates.push(update.byteLength));
    here.getText('description').insert(0, 'Hello');
    there.getText('description').insert(0, 'Hi there, ');
    Y.applyUpdate(here, Y.encodeStateAsUpdate(there), 'server');
    const rows = ofSource('sync');
    expect(rows.map((row) => [row.kind, row.meta?.origin, row.meta?.bytes])).toEqual([
      ['sync:crdt-update', 'local', updates[0]],
      ['sync:crdt-update', 'remote', updates[1]],
    ]);
    expect(updates[1]).toBeGreaterThan(updates[0]!); // the longer text from elsewhere is the larger update
    expect(rows[0]!.label).toBe(`Y.Doc#here · local change, ${updates[0]} bytes`);
  });

  it('a document made by the mock backend’s files is the server’s, not the app’s', () => {
    const at = (path: string) => `Error\n    at new Doc (http://127.0.0.1:4322/assets/yjs.js:1:1)\n    at open (http://127.0.0.1:4322/__modules__${path}:10:5)`;
    expect(createdByMockBackend(at('/mocks/yjs-docs.ts'))).toBe(true);
    expect(createdByMockBackend(at('/taskDoc.ts'))).toBe(false);
  });
});

describe('the running mock backend', () => {
  it('is seen as it registers, and its sync log reported until the next one replaces it', () => {
    const global: Record<symbol, unknown> = {};
    const key = Symbol.for('statelab.mocks.runningBackend');
    const seen: string[] = [];
    const stop = observeRunningBackends(global, (backend) => {
      seen.push((backend as { name: string } & object).name);
      return () => seen.push(`stopped ${(backend as { name: string }).name}`);
    });
    global[key] = { name: 'first' };
    global[key] = { name: 'second' };
    global[key] = null;
    expect(global[key]).toBeNull();
    expect(seen).toEqual(['first', 'stopped first', 'second', 'stopped second']);
    stop();
    global[key] = { name: 'third' };
    expect(seen).toHaveLength(4);
  });
});
