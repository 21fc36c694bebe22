import { ws, type WebSocketData, type WebSocketHandler } from 'msw';
import { clientOfUrl, type Clients } from './clients';
import type { Clock, TimerHandle } from './clock';
import type { ChangeEvent, Database } from './db';
import { REORDER_HOLD_MS, type Faults } from './faults';
import { REALTIME_URL } from './routes';
import { createTextDocs, isTextDocMessage, type TextDocs } from './text-docs';
import type { SyncLog } from './sync-log';
import { createYjsDocs, isYjsMessage, type YjsDocs } from './yjs-docs';
import { ENTITY_NAMES, type EntityName, type ServerMessage } from './types';
import { checkVersion, isPlainObject, validateChanges } from './validation';

/** Close codes a client sees. */
export const CLOSE_CODES = {
  /** The backend stopped (e.g. the playground re-ran). */
  goingAway: 1001,
  /** The connection was cut: a dropped socket or going offline. */
  dropped: 1006,
  /** Reconnects are refused for a while; try again later. */
  tryAgainLater: 1013,
} as const;

export interface Realtime {
  handler: WebSocketHandler;
  /** The shared text documents (operational transform). */
  textDocs: TextDocs;
  /** The Yjs documents relayed over the socket. */
  yjsDocs: YjsDocs;
  /** How many sockets are open. */
  connectedClients(): number;
  /** Closes every socket and stops listening to the database. */
  dispose(): void;
}

/**
 * One link per page, kept across re-evaluations of this module: each link adds
 * listeners to MSW's shared BroadcastChannel, so one link per playground run would
 * pile them up.
 */
const createLink = () => ws.link(REALTIME_URL);
const LINK_KEY = Symbol.for('statelab.mocks.realtimeLink');
const linkRegistry = globalThis as { [LINK_KEY]?: ReturnType<typeof createLink> };
const realtimeLink = (linkRegistry[LINK_KEY] ??= createLink());

interface Connection {
  id: string;
  /** The `?client=` the socket URL named, for per-client offline. */
  client: string | null;
  subscriptions: Set<EntityName>;
  send(message: ServerMessage): void;
  close(code: number, reason: string): void;
  dispose(): void;
}

/**
 * The realtime channel. Clients subscribe per entity type and get every change
 * pushed; they can also patch over the socket, with the same validation and
 * version check as `PATCH /:entity/:id`.
 */
export function createRealtime({ db, faults, clock, clients, syncLog }: { db: Database; faults: Faults; clock: Clock; clients: Clients; syncLog?: SyncLog }): Realtime {
  const connections = new Map<string, Connection>();
  const frame = <T extends ServerMessage['type']>(type: T, payload: Extract<ServerMessage, { type: T }>['payload']) =>
    ({ type, payload, timestamp: clock.now() }) as ServerMessage;
  // One sequence per entity stream: the nth change to tasks is pushed with `seq: n`, so a
  // subscriber that sees n + 2 after n knows it missed one, and SUBSCRIBED says where the stream is.
  const textDocs = createTextDocs({ db, clock, syncLog });
  const yjsDocs = createYjsDocs({ db, clock });
  const streamSeq = Object.fromEntries(ENTITY_NAMES.map((entity) => [entity, 0])) as Record<EntityName, number>;

  const closeAll = (code: number, reason: string) => {
    for (const connection of [...connections.values()]) connection.close(code, reason);
  };

  const handler = realtimeLink.addEventListener('connection', ({ client }) => {
    const clientId = clientOfUrl(client.url);
    clients.note(clientId);
    const refusal = connectionRefusal(faults, clock) ?? (clients.isOffline(clientId) ? CLIENT_OFFLINE : null);
    if (refusal) {
      client.close(refusal.code, refusal.reason);
      return;
    }

    const connection: Connection = {
      id: client.id,
      client: clientId,
      subscriptions: new Set(),
      ...createFrameSender((data) => client.send(data), faults, clock),
      close: (code, reason) => client.close(code, reason),
    };
    connections.set(client.id, connection);

    client.addEventListener('message', (event) => handleMessage(connection, event.data));
    client.addEventListener('close', () => {
      connections.delete(client.id);
      textDocs.leave(connection);
      yjsDocs.leave(connection);
      connection.dispose();
    });
  });

  function handleMessage(connection: Connection, data: WebSocketData) {
    const textDocMessage = typeof data === 'string' ? parseJson(data) : null;
    if (isTextDocMessage(textDocMessage)) return textDocs.handle(connection, textDocMessage);
    if (isYjsMessage(textDocMessage)) {
      if (textDocMessage.type === 'yjs-update') syncLog?.mutation(connection.client);
      return yjsDocs.handle(connection, textDocMessage);
    }
    const message = parseClientMessage(data);
    if ('error' in message) {
      connection.send(frame('ERROR', { message: message.error }));
      return;
    }

    switch (message.type) {
      case 'ping':
        connection.send(frame('PONG', {}));
        return;
      case 'subscribe':
        connection.subscriptions.add(message.entity);
        connection.send(frame('SUBSCRIBED', { entity: message.entity, seq: streamSeq[message.entity] }));
        return;
      case 'unsubscribe':
        connection.subscriptions.delete(message.entity);
        connection.send(frame('UNSUBSCRIBED', { entity: message.entity }));
        return;
      case 'patch': {
        const { entity, id, version, changes, requestId } = message;
        const reply = (error: string) => connection.send(frame('ERROR', { message: error, requestId }));
        if (!db.get(entity, id)) return reply(`No ${entity.slice(0, -1)} with id "${id}"`);
        const checked = validateChanges(entity, id, changes, db);
        if (!checked.ok) {
          return reply(`Invalid patch: ${Object.entries(checked.fieldErrors).map(([field, why]) => `${field} ${why}`).join('; ')}`);
        }

        const result = db.update(entity, id, version, checked.value, { actor: db.actor(db.currentUserId), origin: connection.id });
        if (result.ok) {
          connection.send(frame('PATCH_APPLIED', { entity, id, data: result.entity, requestId }));
        } else if (result.reason === 'conflict') {
          connection.send(
            frame('CONFLICT_DETECTED', {
              entity,
              id,
              message: `${entity.slice(0, -1)} ${id} is at version ${result.current.version}, your patch was based on version ${version}`,
              yourVersion: version,
              current: result.current,
              requestId,
            }),
          );
        }
        return;
      }
    }
  }

  // Push every change to the subscribers, except to the socket that made it (it got PATCH_APPLIED).
  const stopWatchingDb = db.onChange((change: ChangeEvent) => {
    const seq = ++streamSeq[change.entity];
    const message = {
      ...(change.kind === 'deleted'
        ? frame('ENTITY_DELETED', { entity: change.entity, id: change.id, actor: change.actor })
        : frame('ENTITY_UPDATED', { entity: change.entity, id: change.id, change: change.kind, data: change.data, actor: change.actor })),
      seq,
    };
    for (const connection of connections.values()) {
      if (connection.subscriptions.has(change.entity) && connection.id !== change.origin) connection.send(message);
    }
  });

  let offline = faults.get().offline;
  const stopWatchingFaults = faults.subscribe((event) => {
    if (event.type === 'dropSockets') {
      closeAll(CLOSE_CODES.dropped, 'Connection dropped (simulated fault)');
    } else if (event.settings.offline !== offline) {
      offline = event.settings.offline;
      if (offline) closeAll(CLOSE_CODES.dropped, 'Network offline (simulated fault)');
    }
  });

  const stopWatchingClients = clients.subscribe((clientId, isOffline) => {
    if (!isOffline) return;
    for (const connection of [...connections.values()]) {
      if (connection.client === clientId) connection.close(CLIENT_OFFLINE.code, CLIENT_OFFLINE.reason);
    }
  });

  return {
    handler,
    textDocs,
    yjsDocs,
    connectedClients: () => connections.size,
    dispose() {
      stopWatchingDb();
      stopWatchingFaults();
      stopWatchingClients();
      closeAll(CLOSE_CODES.goingAway, 'Mock backend stopped');
    },
  };
}

const CLIENT_OFFLINE = { code: CLOSE_CODES.dropped, reason: 'This client is offline (simulated)' };

function connectionRefusal(faults: Faults, clock: Clock): { code: number; reason: string } | null {
  if (faults.get().offline) return { code: CLOSE_CODES.dropped, reason: 'Network offline (simulated fault)' };
  const refusedUntil = faults.socketsRefusedUntil();
  if (refusedUntil === null) return null;
  const seconds = Math.ceil((refusedUntil - clock.now()) / 1000);
  return { code: CLOSE_CODES.tryAgainLater, reason: `Reconnects refused for another ${seconds} s (simulated fault)` };
}

/**
 * Sends frames to one client through the socket faults: a frame may arrive twice,
 * or be held back and arrive after the next one (or after a short while if no
 * other frame comes, so nothing is ever lost).
 */
function createFrameSender(deliver: (data: string) => void, faults: Faults, clock: Clock) {
  let held: { data: string; copies: number } | null = null;
  let holdTimer: TimerHandle = null;

  const flush = () => {
    if (!held) return;
    clock.clearTimeout(holdTimer);
    const { data, copies } = held;
    held = null;
    for (let i = 0; i < copies; i++) deliver(data);
  };

  return {
    send(message: ServerMessage) {
      const data = JSON.stringify(message);
      const { duplicate, reorder } = faults.decideFrame();
      const copies = duplicate ? 2 : 1;
      if (reorder && !held) {
        held = { data, copies };
        holdTimer = clock.setTimeout(flush, REORDER_HOLD_MS);
        return;
      }
      for (let i = 0; i < copies; i++) deliver(data);
      flush();
    },
    dispose() {
      clock.clearTimeout(holdTimer);
      held = null;
    },
  };
}

type ParsedClientMessage =
  | { type: 'ping' }
  | { type: 'subscribe' | 'unsubscribe'; entity: EntityName }
  | { type: 'patch'; entity: EntityName; id: string; version: number; changes: Record<string, unknown>; requestId?: string }
  | { error: string };

const MESSAGE_HINT =
  'expected {"type":"subscribe","entity":"tasks"}, {"type":"unsubscribe",…}, {"type":"patch","entity","id","version","changes"}, {"type":"ot-join","doc"}, {"type":"ot-ops","doc","revision","ops"}, {"type":"yjs-sync","doc","stateVector"}, {"type":"yjs-update","doc","update"} or {"type":"ping"}';

function parseJson(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return null;
  }
}

/** Anything a client sends is untrusted: answer with a reason, never throw. */
function parseClientMessage(data: WebSocketData): ParsedClientMessage {
  if (typeof data !== 'string') return { error: `Send JSON text frames; ${MESSAGE_HINT}` };
  let message: unknown;
  try {
    message = JSON.parse(data);
  } catch {
    return { error: `The message is not valid JSON; ${MESSAGE_HINT}` };
  }
  if (!isPlainObject(message)) return { error: `The message must be a JSON object; ${MESSAGE_HINT}` };

  const { type, entity } = message;
  if (type === 'ping') return { type };
  if (type !== 'subscribe' && type !== 'unsubscribe' && type !== 'patch') {
    return { error: `Unknown message type ${JSON.stringify(type)}; ${MESSAGE_HINT}` };
  }
  if (!ENTITY_NAMES.includes(entity as EntityName)) {
    return { error: `"entity" must be one of ${ENTITY_NAMES.join(', ')} (got ${JSON.stringify(entity)})` };
  }
  if (type !== 'patch') return { type, entity: entity as EntityName };

  const { id, version, changes, requestId } = message;
  if (typeof id !== 'string' || id === '') return { error: '"id" must be the id of the entity to patch' };
  const versionError = checkVersion(version);
  if (versionError) return { error: `"version" ${versionError}` };
  if (!isPlainObject(changes)) return { error: '"changes" must be an object of the fields to change' };
  if (requestId !== undefined && typeof requestId !== 'string') return { error: '"requestId" must be a string' };
  return { type, entity: entity as EntityName, id, version: version as number, changes, requestId };
}
