import { beforeEach, describe, expect, it } from 'vitest';
import type { EventInput, RenderedComponent, SliceStats, TimelineEvent } from '../../../../playground/protocol/events.ts';
import { ev, resetIds } from '../eventFixtures.ts';
import { denormalizedEntities } from './denormalizedEntities.ts';
import { duplicateRequests } from './duplicateRequests.ts';
import { oversizedState } from './oversizedState.ts';
import { pollingWithoutObservers } from './pollingWithoutObservers.ts';
import { requestWaterfall } from './requestWaterfall.ts';
import { RULES } from './rules.ts';
import { slowAction } from './slowAction.ts';
import { storageWrites } from './storageWrites.ts';
import { analyze, GUIDE } from './types.ts';
import { unboundedGrowth } from './unboundedGrowth.ts';
import { unnecessaryRenders } from './unnecessaryRenders.ts';
import { unstableSelector } from './unstableSelector.ts';

beforeEach(() => resetIds());

const dispatch = (actionType: string, duration: number, slices?: Record<string, SliceStats>) =>
  ev({ source: 'redux', kind: 'dispatch', label: actionType, duration, meta: { store: 'store#1', actionType, ...(slices ? { slices } : {}) } } as EventInput);

const commit = (...components: Partial<RenderedComponent>[]) => {
  const list = components.map((c) => ({ name: 'TaskList', count: 1, unnecessary: 0, mounts: 0, total: 1, ...c }));
  return ev({
    source: 'render',
    kind: 'render:commit',
    label: 'commit',
    meta: { components: list, rendered: list.reduce((n, c) => n + c.count, 0), unnecessary: list.reduce((n, c) => n + c.unnecessary, 0) },
  });
};

let request = 0;
/** A request from `start` to `end` (ms); returns [start, end] events. */
function get(url: string, start: number, end: number, options: { method?: string; status?: number } = {}): [TimelineEvent, TimelineEvent] {
  const requestId = `r${++request}`;
  const meta = { requestId, method: options.method ?? 'GET', url: `https://api.statelab.test${url}` };
  return [
    ev({ source: 'network', kind: 'request:start', label: url, time: start, meta }),
    ev({ source: 'network', kind: 'request:end', label: url, time: end, meta: { ...meta, status: options.status ?? 200 } }),
  ];
}
const byTime = (events: TimelineEvent[]) => events.sort((a, b) => a.time - b.time || a.id - b.id);

const query = (kind: 'query:added' | 'query:updated' | 'query:removed' | 'query:observerRemoved' | 'query:observerAdded', hash: string, extra: { observers?: number; action?: string; gcTime?: number | 'infinity' } = {}) =>
  ev({
    source: 'query',
    kind,
    label: `${kind} ${hash}`,
    meta: {
      entity: 'query',
      client: 'client#1',
      queryKey: JSON.parse(hash),
      queryHash: hash,
      status: 'success',
      fetchStatus: 'idle',
      isStale: true,
      isInvalidated: false,
      staleTime: 0,
      gcTime: extra.gcTime ?? 300_000,
      dataUpdatedAt: 0,
      errorUpdatedAt: 0,
      failureCount: 0,
      observers: extra.observers ?? 0,
      ...(extra.action ? { action: extra.action } : {}),
    },
  } as EventInput);

const write = (key: string, time: number) => ev({ source: 'storage', kind: 'storage:write', label: key, time, meta: { area: 'localStorage', op: 'setItem', key } });

describe('every rule', () => {
  it('has a unique id and links its findings into the performance guide', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    expect(RULES).toHaveLength(10);
  });
});

describe('slow action', () => {
  it('names an action whose reducer took longer than a frame, with the slow dispatches as evidence', () => {
    const events = [dispatch('tasks/loaded', 2), dispatch('tasks/sorted', 40), dispatch('tasks/sorted', 3)];
    const [finding] = analyze(slowAction, events);
    expect(finding).toMatchObject({ rule: 'slow-action', key: 'tasks/sorted', severity: 'medium', evidence: [2], fix: `${GUIDE}#slow-actions` });
    expect(finding!.explanation).toContain('40 ms');
  });

  it('reports a p95 over the 100 ms budget', () => {
    const events = Array.from({ length: 20 }, (_, i) => dispatch('tasks/recomputed', i < 18 ? 5 : 150));
    const findings = analyze(slowAction, events);
    expect(findings.find((f) => f.key === 'p95')).toMatchObject({ severity: 'high', evidence: [19, 20] });
  });

  it('near miss: 15 ms dispatches stay within a frame', () => {
    expect(analyze(slowAction, [dispatch('a', 15), dispatch('b', 16)])).toEqual([]);
  });
});

describe('unstable selector', () => {
  it('names the component whose selector returned equal contents under a new reference', () => {
    const events = [commit({ name: 'TaskList', sameValue: 1, sameValueKeys: ['selector'], unstableSelectors: 1 }), commit({ name: 'TaskList', sameValue: 1, unstableSelectors: 1 })];
    expect(analyze(unstableSelector, events)).toEqual([
      expect.objectContaining({ key: 'TaskList', severity: 'high', evidence: [1, 2], fix: `${GUIDE}#memoized-selectors` }),
    ]);
  });

  it('near miss: an equal-contents prop is not a selector', () => {
    expect(analyze(unstableSelector, [commit({ sameValue: 1, sameValueKeys: ['props.style'] })])).toEqual([]);
  });
});

describe('unnecessary renders', () => {
  it('names the reference that changed while its value did not, past 5% of the component’s renders', () => {
    const events = [commit({ count: 10 }), commit({ name: 'TaskList', count: 2, sameValue: 2, sameValueKeys: ['props.filters'] })];
    const [finding] = analyze(unnecessaryRenders, events);
    expect(finding).toMatchObject({ key: 'TaskList', evidence: [2], fix: `${GUIDE}#stable-props-and-context` });
    expect(finding!.explanation).toContain('props.filters got a new reference');
    expect(finding!.title).toBe('TaskList: 17% of renders avoidable');
  });

  it('says a parent re-rendered it when nothing at all changed', () => {
    const [finding] = analyze(unnecessaryRenders, [commit({ name: 'Row', count: 4, unnecessary: 3 })]);
    expect(finding!.explanation).toContain('its parent re-rendered it');
  });

  it('points selector-caused renders to memoized selectors', () => {
    const [finding] = analyze(unnecessaryRenders, [commit({ count: 3, sameValue: 3, sameValueKeys: ['selector'] })]);
    expect(finding!.fix).toBe(`${GUIDE}#memoized-selectors`);
  });

  it('counts a render that both changed nothing on screen and got only equal new references once', () => {
    const [finding] = analyze(unnecessaryRenders, [commit({ name: 'Row', count: 100, unnecessary: 99, sameValue: 99, sameValueKeys: ['props.onToggle'] })]);
    expect(finding!.title).toBe('Row: 99% of renders avoidable');
    expect(finding!.explanation).toContain('Row rendered 99 of 100 times for nothing: props.onToggle got a new reference');
  });

  it('near miss: 2 avoidable renders of 50 is under 5%', () => {
    expect(analyze(unnecessaryRenders, [commit({ count: 48 }), commit({ count: 2, unnecessary: 2 })])).toEqual([]);
  });
});

describe('oversized state', () => {
  it('names a slice over 100 KB', () => {
    const [finding] = analyze(oversizedState, [dispatch('log/appended', 1, { log: { bytes: 150_000 } })]);
    expect(finding).toMatchObject({ key: 'store#1 log', title: 'State slice "log" is 146 KB', evidence: [1], fix: `${GUIDE}#normalized-state` });
  });

  it('near miss: a slice that shrank back under the budget', () => {
    expect(analyze(oversizedState, [dispatch('log/appended', 1, { log: { bytes: 150_000 } }), dispatch('log/trimmed', 1, { log: { bytes: 90_000 } })])).toEqual([]);
  });
});

describe('denormalized entities', () => {
  const entities = (...places: [string, (string | number)[]][]) => ({ bytes: 100, entities: places.map(([path, ids]) => ({ path, shape: 'id,title', ids })) });

  it('finds the same entity id with the same shape in two places', () => {
    const events = [dispatch('tasks/loaded', 1, { tasks: entities(['tasks.list[]', ['t1', 't2']]) }), dispatch('tasks/selected', 1, { selection: entities(['selection.current', ['t2']]) })];
    const [finding] = analyze(denormalizedEntities, events);
    expect(finding).toMatchObject({ key: 'selection.current & tasks.list[]', evidence: [1, 2] });
    expect(finding!.explanation).toContain('"t2" is stored in both selection.current and tasks.list[]');
  });

  it('near miss: the same id on entities of different shapes, or a selection that is just an id', () => {
    const events = [
      dispatch('tasks/loaded', 1, { tasks: entities(['tasks.list[]', ['1']]) }),
      dispatch('users/loaded', 1, { users: { bytes: 10, entities: [{ path: 'users.list[]', shape: 'id,name', ids: ['1'] }] } }),
      dispatch('tasks/selected', 1, { selection: { bytes: 10 } }),
    ];
    expect(analyze(denormalizedEntities, events)).toEqual([]);
  });

  it('forgets a copy once its slice no longer holds it', () => {
    const events = [
      dispatch('tasks/loaded', 1, { tasks: entities(['tasks.list[]', ['t1']]) }),
      dispatch('tasks/selected', 1, { selection: entities(['selection.current', ['t1']]) }),
      dispatch('tasks/selectedId', 1, { selection: { bytes: 10 } }),
    ];
    expect(analyze(denormalizedEntities, events)).toEqual([]);
  });
});

describe('duplicate requests', () => {
  it('flags the same GET started while an identical one is in flight', () => {
    const events = byTime([...get('/tasks', 0, 100), ...get('/tasks', 10, 110)]);
    const [finding] = analyze(duplicateRequests, events);
    expect(finding).toMatchObject({ title: 'Duplicate requests: GET /tasks', fix: `${GUIDE}#deduplicate-requests` });
    expect(finding!.evidence).toEqual([events[0]!.id, events[1]!.id]);
  });

  it('near miss: a refetch after a write, a retry after a failure, and a later visit are not duplicates', () => {
    const events = byTime([
      ...get('/tasks', 0, 100),
      ...get('/tasks', 120, 130, { method: 'POST' }),
      ...get('/tasks', 140, 200, { status: 500 }),
      ...get('/tasks', 300, 400),
      ...get('/tasks', 2_000, 2_100),
    ]);
    expect(analyze(duplicateRequests, events)).toEqual([]);
  });
});

describe('request waterfall', () => {
  it('finds three independent GETs each started when the previous one answered', () => {
    const events = byTime([...get('/me', 0, 100), ...get('/projects', 105, 200), ...get('/users', 205, 300)]);
    const [finding] = analyze(requestWaterfall, events);
    expect(finding).toMatchObject({ evidence: [events[0]!.id, events[2]!.id, events[4]!.id], fix: `${GUIDE}#parallel-requests` });
    expect(finding!.explanation).toContain('GET /me, then GET /projects, then GET /users');
  });

  it('near miss: the same requests started together, and a chain whose next request carries an id', () => {
    expect(analyze(requestWaterfall, byTime([...get('/me', 0, 100), ...get('/projects', 1, 200), ...get('/users', 2, 300)]))).toEqual([]);
    expect(analyze(requestWaterfall, byTime([...get('/projects', 0, 100), ...get('/projects/proj_01', 105, 200), ...get('/projects/proj_01/stats', 205, 300)]))).toEqual([]);
    expect(analyze(requestWaterfall, byTime([...get('/me', 0, 100), ...get('/projects', 300, 400), ...get('/users', 600, 700)]))).toEqual([]);
  });

  it('ignores requests running beside the chain', () => {
    const events = byTime([...get('/me', 0, 100), ...get('/me', 1, 90), ...get('/projects', 105, 200), ...get('/users', 205, 300)]);
    expect(analyze(requestWaterfall, events)[0]!.title).toBe('Request waterfall: 3 requests in a row');
  });
});

describe('polling with no observers', () => {
  it('flags a query fetched three times in a row with nobody watching', () => {
    const events = [query('query:updated', '["stats"]', { action: 'fetch' }), query('query:updated', '["stats"]', { action: 'success' }), query('query:updated', '["stats"]', { action: 'fetch' }), query('query:updated', '["stats"]', { action: 'fetch' })];
    expect(analyze(pollingWithoutObservers, events)).toEqual([expect.objectContaining({ key: 'client#1 ["stats"]', evidence: [1, 3, 4], fix: `${GUIDE}#poll-only-while-watched` })]);
  });

  it('near miss: polling while a component observes the query', () => {
    const events = Array.from({ length: 5 }, () => query('query:updated', '["stats"]', { action: 'fetch', observers: 1 }));
    expect(analyze(pollingWithoutObservers, events)).toEqual([]);
  });
});

describe('unbounded growth', () => {
  const visitPages = (count: number, gcTime: number | 'infinity', removed: boolean) =>
    Array.from({ length: count }, (_, i) => {
      const hash = `["tasks",${i}]`;
      return [
        query('query:added', hash, { gcTime }),
        query('query:observerAdded', hash, { gcTime, observers: 1 }),
        query('query:observerRemoved', hash, { gcTime }),
        ...(removed ? [query('query:removed', hash, { gcTime })] : []),
      ];
    }).flat();

  it('flags more than 20 unused entries that gcTime: Infinity keeps forever', () => {
    const [finding] = analyze(unboundedGrowth, visitPages(25, 'infinity', false));
    expect(finding).toMatchObject({ key: 'client#1', fix: `${GUIDE}#cleaning-up-stale-state`, title: 'Query cache grows without removal (25 unused entries)' });
    expect(finding!.evidence).toHaveLength(20);
  });

  it('near miss: the same pages with a finite gcTime, or removed', () => {
    expect(analyze(unboundedGrowth, visitPages(25, 60_000, false))).toEqual([]);
    expect(analyze(unboundedGrowth, visitPages(25, 'infinity', true))).toEqual([]);
  });

  /** RTK Query: page i fetched at 1 s × i, its subscriber gone 0.5 s later; removed after `removeAfterMs`, if given. */
  const rtkPages = (count: number, removeAfterMs?: number) =>
    Array.from({ length: count }, (_, i) => {
      const key = `getTasks(${i})`;
      const at = 1000 * (i + 1);
      const rtk = (actionType: string, time: number, extra: object) =>
        ev({ source: 'redux', kind: 'dispatch', label: actionType, time, meta: { store: 'store#1', actionType, ...extra } } as EventInput);
      return [
        rtk('api/executeQuery/fulfilled', at, { rtkQuery: { type: 'query', queryCacheKey: key, status: 'fulfilled', endpoint: 'getTasks' } }),
        rtk('api/internalSubscriptions/subscriptionsUpdated', at + 500, {}),
        ...(removeAfterMs === undefined ? [] : [rtk('api/queries/removeQueryResult', at + 500 + removeAfterMs, {})]),
      ].map((event, j) => {
        if (j === 1) return { ...event, data: { type: 'api/internalSubscriptions/subscriptionsUpdated', payload: [{ op: 'remove', path: [key] }] } } as TimelineEvent;
        if (j === 2) return { ...event, data: { type: 'api/queries/removeQueryResult', payload: { queryCacheKey: key } } } as TimelineEvent;
        return event;
      });
    }).flat();
  /** Any later dispatch: time passes on the timeline. */
  const later = (time: number) => ev({ source: 'redux', kind: 'dispatch', label: 'filter/changed', time, meta: { store: 'store#1', actionType: 'filter/changed' } } as EventInput);

  it('flags more than 20 RTK Query entries left unused for over a minute and never removed', () => {
    const events = [...rtkPages(25), later(120_000)];
    const [finding] = analyze(unboundedGrowth, events);
    expect(finding).toMatchObject({
      key: 'store#1',
      fix: `${GUIDE}#cleaning-up-stale-state`,
      title: 'RTK Query cache grows without removal (25 unused entries)',
    });
    // The evidence: the subscriptionsUpdated rows that left the most recent 20 entries unused.
    const unusedRows = events.filter((e) => e.label.endsWith('/subscriptionsUpdated')).map((e) => e.id);
    expect(finding!.evidence).toEqual(unusedRows.slice(-20));
  });

  it('near miss: RTK Query entries removed after keepUnusedDataFor, still within a minute of use, or still subscribed', () => {
    expect(analyze(unboundedGrowth, [...rtkPages(25, 60_000), later(200_000)])).toEqual([]);
    // The last page left at 25.5 s; at 60 s only pages unused for over 65 s would count: none.
    expect(analyze(unboundedGrowth, [...rtkPages(25), later(60_000)])).toEqual([]);
    const subscribed = rtkPages(25).filter((e) => !e.label.endsWith('/subscriptionsUpdated'));
    expect(analyze(unboundedGrowth, [...subscribed, later(200_000)])).toEqual([]);
  });
});

describe('storage writes', () => {
  it('flags a key written more than four times within a second', () => {
    const events = Array.from({ length: 6 }, (_, i) => write('tasks', i * 100));
    const [finding] = analyze(storageWrites, events);
    expect(finding).toMatchObject({ title: 'Storage written too often: localStorage "tasks"', evidence: [5, 6], fix: `${GUIDE}#batching-writes` });
  });

  it('near miss: the same writes throttled to one every 300 ms', () => {
    expect(analyze(storageWrites, Array.from({ length: 10 }, (_, i) => write('tasks', i * 300)))).toEqual([]);
  });
});
