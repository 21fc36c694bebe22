/**
 * The `sync` rows: clients converging. Two observers, neither asking anything of the reader's code:
 *
 * - the mock backend's sync log (`playground/mocks/sync-log.ts`): the server sees every client, so
 *   it reports version conflicts, how a client merged after a 409, OT batches a client transformed
 *   and sent again, edits a client replayed after coming back online, and retries answered from
 *   the idempotency store;
 * - Yjs: every `Y.Doc` the reader's code creates reports each update, with its size in bytes and
 *   whether it was made here or applied from elsewhere (the instrumented `yjs` module).
 */
import type { Emit, SyncEvent } from '../protocol/events.ts';
import type { SyncObservation } from '../mocks/sync-log.ts';

type SyncInput = Omit<SyncEvent, 'id' | 'time'>;

const list = (fields: { field: string; from: string }[]) => fields.map(({ field, from }) => `${field} from ${from}`).join(', ');
const opText = (ops: unknown[]) => ops.map((op) => JSON.stringify(op)).join(' ');

/** The row for one thing the server saw. */
export function syncRow(observation: SyncObservation): SyncInput {
  const base = { source: 'sync' as const };
  switch (observation.kind) {
    case 'conflict': {
      const theirs = observation.changedSince.length > 0 ? `: changed since, ${list(observation.changedSince)}` : '';
      return {
        ...base,
        kind: 'sync:conflict',
        label: `Conflict (409): ${observation.client} sent ${observation.fields.join(', ')} based on version ${observation.sentVersion}, the server is at ${observation.serverVersion}${theirs}`,
        meta: { side: 'server', client: observation.client, target: observation.target, basedOn: observation.sentVersion, serverVersion: observation.serverVersion, fields: observation.changedSince },
      };
    }
    case 'merge':
      return {
        ...base,
        kind: 'sync:merge',
        label: `Merged by ${observation.client} (version ${observation.version}): ${list(observation.fields)}`,
        meta: { side: 'server', client: observation.client, target: observation.target, fields: observation.fields, serverVersion: observation.version },
      };
    case 'ot-rejected':
      return {
        ...base,
        kind: 'sync:conflict',
        label: `Concurrent edit: ${observation.client}'s operations are based on revision ${observation.basedOn}, ${observation.target} is at ${observation.serverRevision}`,
        meta: { side: 'server', client: observation.client, target: observation.target, basedOn: observation.basedOn, serverVersion: observation.serverRevision },
      };
    case 'ot-behind':
      return {
        ...base,
        kind: 'sync:conflict',
        label: `Concurrent edits: ${observation.client} rejoined ${observation.target} at revision ${observation.from}, the server is at ${observation.to} (${observation.to - observation.from} to transform past)`,
        meta: { side: 'server', client: observation.client, target: observation.target, basedOn: observation.from, serverVersion: observation.to },
      };
    case 'ot-transform':
      return {
        ...base,
        kind: 'sync:transform',
        label: observation.sent
          ? `OT transform by ${observation.client}: ${opText(observation.sent)} (revision ${observation.basedOn}) became ${opText(observation.applied)}, applied as revision ${observation.revision}`
          : `OT transform by ${observation.client}: edits kept offline at revision ${observation.basedOn}, transformed past ${observation.past} operation${observation.past === 1 ? '' : 's'}, applied as ${opText(observation.applied)} (revision ${observation.revision})`,
        data: observation.sent ? { sent: observation.sent, applied: observation.applied } : { applied: observation.applied },
        meta: { side: 'server', client: observation.client, target: observation.target, basedOn: observation.basedOn, serverVersion: observation.revision },
      };
    case 'replay':
      return {
        ...base,
        kind: 'sync:replay',
        label: `Replay: ${observation.client} retried ${observation.request} with a key already handled; answered from memory, nothing applied twice`,
        meta: { side: 'server', client: observation.client, target: observation.request },
      };
    case 'queue':
      return {
        ...base,
        kind: 'sync:queue',
        label: `Offline queue: ${observation.client} came back after ${(observation.offlineMs / 1000).toFixed(1)} s and replayed ${observation.count} change${observation.count === 1 ? '' : 's'}`,
        meta: { side: 'server', client: observation.client, count: observation.count, offlineMs: observation.offlineMs },
      };
  }
}

/** Reports what a mock backend's sync log sees; returns the unsubscribe. */
export function observeSyncLog(log: { subscribe(listener: (observation: SyncObservation) => void): () => void }, emit: Emit): () => void {
  return log.subscribe((observation) => emit(syncRow(observation)));
}

interface YDocLike {
  on(event: 'update', listener: (update: Uint8Array, origin: unknown, doc: unknown, transaction: { local: boolean }) => void): void;
}

let docCount = 0;

/** Reports each update of one Yjs document. */
export function observeYDoc(doc: YDocLike, emit: Emit, name = `Y.Doc#${++docCount}`): void {
  doc.on('update', (update, _origin, _doc, transaction) => {
    const origin = transaction.local ? 'local' : 'remote';
    emit({
      source: 'sync',
      kind: 'sync:crdt-update',
      label: `${name} · ${origin === 'local' ? 'local change' : 'applied from elsewhere'}, ${update.byteLength} bytes`,
      meta: { side: 'client', target: name, bytes: update.byteLength, origin },
    });
  });
}
