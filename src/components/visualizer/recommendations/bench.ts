/**
 * `recommendations-100k-ms` for `npm run bench`: the time to analyse a session of 100,000 events
 * the way the tab does, incrementally: batches as the sandbox sends them (`batchSize` events),
 * each followed by a read of the findings (the tab reads once per drawn frame). Target ≤ 200 ms.
 *
 * The stream mixes every source the rules read: dispatches (some slow, with slice stats),
 * commits (some with avoidable renders), requests (some duplicated), query-cache updates and
 * storage writes.
 */
import type { EventInput, TimelineEvent } from '../../../../playground/protocol/events.ts';
import { RecommendationEngine } from './engine.ts';

export function syntheticSession(count: number): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  let time = 0;
  const push = (input: EventInput) => {
    time += 0.5;
    events.push({ time, ...input, id: events.length + 1 } as TimelineEvent);
  };
  for (let i = 0; events.length < count; i++) {
    const n = i % 100;
    push({ source: 'redux', kind: 'dispatch', label: 'tasks/updated', duration: n === 0 ? 20 : 0.4, meta: { store: 'store#1', actionType: n % 3 ? 'tasks/updated' : 'filters/changed', slices: { tasks: { bytes: 4_000 + n, entities: [{ path: 'tasks.entities.{}', shape: 'id,title', ids: [n, n + 1] }] } } } });
    push({
      source: 'render',
      kind: 'render:commit',
      label: 'commit',
      meta: {
        components: [
          { name: 'TaskList', count: 1, unnecessary: 0, mounts: 0, total: i, ...(n % 7 === 0 ? { sameValue: 1, sameValueKeys: ['selector'], unstableSelectors: 1 } : {}) },
          { name: `Row${n % 20}`, count: 3, unnecessary: n % 2, mounts: 0, total: i },
        ],
        rendered: 4,
        unnecessary: n % 2,
      },
    });
    const requestId = `r${i}`;
    const url = `https://api.statelab.test/tasks?page=${n % 10}`;
    push({ source: 'network', kind: 'request:start', label: 'GET', meta: { requestId, method: 'GET', url } });
    push({ source: 'network', kind: 'request:end', label: 'GET', meta: { requestId, method: 'GET', url, status: 200 } });
    const hash = `["tasks",${i % 500}]`;
    push({
      source: 'query',
      kind: n % 5 ? 'query:updated' : 'query:observerRemoved',
      label: hash,
      meta: { entity: 'query', client: 'client#1', queryKey: ['tasks', i % 500], queryHash: hash, action: 'fetch', status: 'success', fetchStatus: 'idle', isStale: true, isInvalidated: false, staleTime: 0, gcTime: 'infinity', dataUpdatedAt: 0, errorUpdatedAt: 0, failureCount: 0, observers: n % 2 },
    });
    push({ source: 'storage', kind: 'storage:write', label: 'w', meta: { area: 'localStorage', op: 'setItem', key: `k${n % 3}` } });
  }
  return events.slice(0, count);
}

/** Median of `runs` timed analyses (after one untimed warm-up): the machines are shared and noisy. */
export function medianRecommendationsMs(runs = 5, count = 100_000): number {
  measureRecommendations(count);
  const times = Array.from({ length: runs }, () => measureRecommendations(count).ms).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

export function measureRecommendations(count = 100_000, batchSize = 250): { ms: number; findings: number } {
  const events = syntheticSession(count);
  const engine = new RecommendationEngine();
  const start = performance.now();
  let findings = 0;
  for (let i = 0; i < events.length; i += batchSize) {
    engine.add(events.slice(i, i + batchSize));
    findings = engine.findings().length;
  }
  return { ms: performance.now() - start, findings };
}
