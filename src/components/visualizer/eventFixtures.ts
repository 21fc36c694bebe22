/** Small builders of timeline events for the visualizer's unit tests. */
import type { EventInput, TimelineEvent } from '../../../playground/protocol/events.ts';

let nextId = 1;

/** Completes an event input with an increasing id (and time 0 unless given). */
export function ev(input: EventInput & { id?: number }): TimelineEvent {
  const id = input.id ?? nextId++;
  nextId = Math.max(nextId, id + 1);
  return { time: 0, ...input, id } as TimelineEvent;
}

export function resetIds(): void {
  nextId = 1;
}

export const dispatch = (actionType: string, time: number, extra: Partial<EventInput & { source: 'redux' }> = {}): TimelineEvent =>
  ev({ source: 'redux', kind: 'dispatch', label: actionType, time, duration: 0.5, meta: { store: 'store#1', actionType }, ...extra } as EventInput);

export const request = (kind: 'request:start' | 'request:end' | 'request:error', requestId: string, time: number, status?: number): TimelineEvent =>
  ev({
    source: 'network',
    kind,
    label: `GET /tasks${status ? ` → ${status}` : ''}`,
    time,
    meta: { requestId, method: 'GET', url: 'https://api.statelab.test/tasks', ...(status ? { status } : {}) },
  });

export const render = (time: number, rendered = 2, unnecessary = 0): TimelineEvent =>
  ev({
    source: 'render',
    kind: 'render:commit',
    label: `${rendered} renders`,
    time,
    meta: { components: [{ name: 'App', count: rendered, unnecessary, mounts: 0, total: rendered }], rendered, unnecessary },
  });

export const rtkQuery = (
  status: 'pending' | 'fulfilled' | 'rejected',
  requestId: string,
  time: number,
  options: { type?: 'query' | 'mutation'; key?: string; condition?: boolean; subscribe?: boolean } = {},
): TimelineEvent => {
  const type = options.type ?? 'query';
  const actionType = `api/execute${type === 'query' ? 'Query' : 'Mutation'}/${status}`;
  return ev({
    source: 'redux',
    kind: 'dispatch',
    label: actionType,
    time,
    duration: 0.3,
    data: { type: actionType, meta: { requestId, requestStatus: status, arg: { subscribe: options.subscribe ?? true } } },
    meta: {
      store: 'store#1',
      actionType,
      rtkQuery: { endpoint: 'getTasks', status, requestId, type, queryCacheKey: options.key ?? 'getTasks("all")', ...(options.condition ? { condition: true } : {}) },
    },
  } as EventInput);
};

export const subscriptions = (time: number, sets: Record<string, string[] | null>): TimelineEvent => {
  const actionType = 'api/internalSubscriptions/subscriptionsUpdated';
  const payload = Object.entries(sets).map(([key, ids]) =>
    ids === null ? { op: 'remove', path: [key] } : { op: 'add', path: [key], value: Object.fromEntries(ids.map((id) => [id, {}])) },
  );
  return ev({ source: 'redux', kind: 'dispatch', label: actionType, time, data: { type: actionType, payload }, meta: { store: 'store#1', actionType } } as EventInput);
};

export const socketIn = (time: number): TimelineEvent =>
  ev({ source: 'socket', kind: 'socket:in', label: '↓ /realtime {…}', time, meta: { url: 'wss://api.statelab.test/realtime', connection: 'c1', direction: 'in' } });
