import { http, HttpResponse, sse, type HttpHandler } from 'msw';
import type { Clock } from './clock';
import type { ChangeEvent, Database } from './db';
import type { Faults } from './faults';
import { httpFault } from './http-faults';
import { ACTIVITY_URL } from './routes';
import type { ActivityEvent, Entity, EntityName, ListResponse } from './types';

/** How many past events the feed keeps for `Last-Event-ID` replays and `GET /activity`. */
export const ACTIVITY_BACKLOG = 200;
/** The reconnection delay the stream asks EventSource to use, in ms. */
export const ACTIVITY_RETRY_MS = 1000;

export interface ActivityFeed {
  handlers: HttpHandler[];
  /** Newest first. */
  recent(): ActivityEvent[];
  /** How many streams are open. */
  openStreams(): number;
  dispose(): void;
}

interface Stream {
  send(event: ActivityEvent): void;
  close(): void;
  error(): void;
}

/**
 * The activity feed: one Server-Sent Event per change to the data, whoever made it.
 * `new EventSource(ACTIVITY_URL)` gets `message` events whose data is an `ActivityEvent`;
 * a reconnecting EventSource sends `Last-Event-ID` and gets what it missed.
 */
export function createActivityFeed({ db, faults, clock }: { db: Database; faults: Faults; clock: Clock }): ActivityFeed {
  const backlog: ActivityEvent[] = [];
  const streams = new Set<Stream>();

  const stopWatchingDb = db.onChange((change) => {
    const event = toActivityEvent(change, db);
    backlog.push(event);
    if (backlog.length > ACTIVITY_BACKLOG) backlog.shift();
    for (const stream of streams) stream.send(event);
  });

  // Going offline cuts the streams; EventSource keeps retrying until the network is back.
  const stopWatchingFaults = faults.subscribe((event) => {
    if (event.type === 'settings' && event.settings.offline) {
      for (const stream of [...streams]) stream.error();
      streams.clear();
    }
  });

  const handlers = [
    // Faults first, then the stream. A plain GET (no `Accept: text/event-stream`) gets the recent events as JSON.
    http.get(ACTIVITY_URL, async ({ request }) => {
      const fault = await httpFault(faults, clock, 'GET /activity');
      if (fault) return fault;
      if (request.headers.get('accept') === 'text/event-stream') return undefined;
      const items = [...backlog].reverse();
      return HttpResponse.json<ListResponse<ActivityEvent>>({ items, nextCursor: null, total: items.length });
    }),

    sse<{ message: ActivityEvent }>(ACTIVITY_URL, ({ client, request }) => {
      client.send({ retry: ACTIVITY_RETRY_MS });

      const lastEventId = Number(request.headers.get('last-event-id'));
      if (Number.isInteger(lastEventId) && lastEventId > 0) {
        for (const event of backlog) if (event.seq > lastEventId) client.send({ id: String(event.seq), data: event });
      }

      const stream: Stream = {
        send: (event) => client.send({ id: String(event.seq), data: event }),
        close: () => client.close(),
        error: () => client.error(),
      };
      streams.add(stream);
      request.signal.addEventListener('abort', () => streams.delete(stream), { once: true });
    }),
  ];

  return {
    handlers,
    recent: () => [...backlog].reverse(),
    openStreams: () => streams.size,
    dispose() {
      stopWatchingDb();
      stopWatchingFaults();
      for (const stream of streams) stream.close();
      streams.clear();
    },
  };
}

function toActivityEvent(change: ChangeEvent, db: Database): ActivityEvent {
  const fields = change.previous ? changedFields(change.previous, change.data) : [];
  return {
    seq: change.seq,
    kind: change.kind,
    entity: change.entity,
    entityId: change.id,
    actor: change.actor,
    fields,
    summary: summarize(change, fields, db),
    at: change.at,
  };
}

function summarize(change: ChangeEvent, fields: string[], db: Database): string {
  const who = change.actor.name;
  const what = `${change.entity.slice(0, -1)} ${label(change.entity, change.data, db)}`;
  if (change.kind === 'created') return `${who} created ${what}`;
  if (change.kind === 'deleted') return `${who} deleted ${what}`;
  if (fields.length === 0) return `${who} saved ${what} without changes`;
  if (change.entity === 'tasks' && fields.length === 1 && fields[0] === 'status' && 'status' in change.data) {
    return `${who} moved ${what} to ${change.data.status}`;
  }
  return `${who} changed ${fields.join(', ')} of ${what}`;
}

function label(entity: EntityName, data: Entity, db: Database): string {
  if ('title' in data) return `"${data.title}"`;
  if ('name' in data) return `"${data.name}"`;
  if (entity === 'comments' && 'taskId' in data) return `on "${db.get('tasks', data.taskId)?.title ?? data.taskId}"`;
  return data.id;
}

function changedFields(before: Entity, after: Entity): string[] {
  const ignored = new Set(['version', 'updatedAt', 'permissions']);
  return Object.keys(after).filter(
    (key) => !ignored.has(key) && JSON.stringify(before[key as keyof Entity]) !== JSON.stringify(after[key as keyof Entity]),
  );
}
