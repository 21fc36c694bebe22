import { describe, expect, it } from 'vitest';
import { buildSessionExport, exportFileName } from './exportSession.ts';
import { TimelineStore } from './timelineStore.ts';
import { dispatch } from './eventFixtures.ts';

describe('exporting a session', () => {
  it('holds the events, the diffs the reader opened and the metrics, as plain JSON', () => {
    const store = new TimelineStore();
    store.append([dispatch('filter/statusChanged', 5, { diffId: 7 })], 1000);
    const now = new Date('2025-02-03T04:05:06Z');
    const session = buildSessionExport({
      playground: 'visualizer-tasks',
      timeOrigin: 1000,
      dropped: store.dropped,
      metrics: store.metricsSnapshot(),
      queryCache: store.cacheRows(),
      events: store.events(),
      diffs: new Map([[7, { statelab: 1, type: 'diff', diffId: 7, entries: [{ path: ['filter', 'status'], kind: 'changed', before: 'all', after: 'done' }], truncated: false }]]),
      now,
    });
    expect(JSON.parse(JSON.stringify(session))).toEqual(session);
    expect(session).toMatchObject({
      format: 'statelab-session',
      playground: 'visualizer-tasks',
      exportedAt: '2025-02-03T04:05:06.000Z',
      events: [{ label: 'filter/statusChanged', diffId: 7 }],
      diffs: { 7: { entries: [{ path: ['filter', 'status'] }], truncated: false } },
      metrics: { dispatches: 1 },
    });
    expect(exportFileName('visualizer-tasks', now)).toBe('statelab-visualizer-tasks-2025-02-03T04-05-06.json');
  });
});
