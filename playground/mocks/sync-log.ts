/**
 * What the server sees of its clients keeping in sync, reported for the visualizer's `sync` rows:
 * version conflicts (a 409, an operation batch based on an old revision), how the client merged
 * after a 409 (which fields it sent again and whose values it kept), operations a client
 * transformed and sent again, edits a client replays after coming back online, and retries the
 * idempotency store answered from memory.
 *
 * The server is the one place that sees every client, so these rows come from here and the
 * example code stays what a reader would write: it is never asked to report anything.
 */
import type { Clients } from './clients';
import type { Clock, TimerHandle } from './clock';
import type { ChangeEvent, Database } from './db';
import type { TextOp } from './text-docs';

/** Who wrote a field: a client's id (`this-tab`), or the user's name when no client named itself. */
export interface FieldSource {
  field: string;
  from: string;
}

export type SyncObservation =
  | {
      kind: 'conflict';
      client: string;
      /** `tasks/task_017`. */
      target: string;
      sentVersion: number;
      serverVersion: number;
      /** The fields the rejected change touched. */
      fields: string[];
      /** Fields changed on the server since `sentVersion`, and by whom (the latest writer). */
      changedSince: FieldSource[];
    }
  | {
      kind: 'merge';
      client: string;
      target: string;
      version: number;
      /** Every field in play after the conflict: the ones the client sent again are its own. */
      fields: FieldSource[];
    }
  | { kind: 'ot-rejected'; client: string; target: string; basedOn: number; serverRevision: number }
  | { kind: 'ot-behind'; client: string; target: string; from: number; to: number }
  | {
      kind: 'ot-transform';
      client: string;
      target: string;
      /** The operations as first sent, when the server refused them; absent for edits kept offline (never sent before). */
      sent?: TextOp[];
      applied: TextOp[];
      /** The revision the edits were made on, how many operations they were transformed past, and the revision they went in as. */
      basedOn: number;
      past: number;
      revision: number;
    }
  | { kind: 'replay'; client: string; request: string; key: string }
  | { kind: 'queue'; client: string; count: number; offlineMs: number };

export interface SyncLog {
  subscribe(listener: (observation: SyncObservation) => void): () => void;
  /** A change was refused with a 409. */
  conflict(client: string | null, target: string, sentVersion: number, serverVersion: number, fields: string[]): void;
  /** Runs `save` (a database write) with `client` named as the writer of what it changes. */
  writing<T>(client: string | null, save: () => T): T;
  /** A change was saved (after the database's change event). */
  saved(client: string | null, target: string, fields: string[], version: number): void;
  otRejected(client: string | null, connection: string, target: string, ops: TextOp[], basedOn: number, serverRevision: number): void;
  otApplied(client: string | null, connection: string, target: string, ops: TextOp[], basedOn: number, revision: number): void;
  otJoined(client: string | null, connection: string, target: string, from: number, to: number): void;
  /** A retry got the kept answer: nothing was applied twice. */
  replayed(client: string | null, request: string, key: string): void;
  /**
   * A request or message that changes data reached the server (`target` as in `conflict`). The
   * change a client sends to settle a 409 is its merge, not one of the edits it queued.
   */
  mutation(client: string | null, target?: string): void;
  dispose(): void;
}

/**
 * A client that rejoins behind and sends a batch this soon after catching up is sending the edits
 * it kept while away (the OT client sends them as soon as it has caught up): they were transformed.
 */
export const CATCH_UP_MS = 1000;
/** A client that comes back online and sends nothing for this long has replayed its queue. */
export const REPLAY_QUIET_MS = 1000;
const HISTORY_PER_RECORD = 50;

const nameOf = (client: string | null) => client ?? 'a client without an id';

export function createSyncLog({ db, clients, clock }: { db: Database; clients: Clients; clock: Clock }): SyncLog {
  const listeners = new Set<(observation: SyncObservation) => void>();
  const emit = (observation: SyncObservation) => {
    for (const listener of [...listeners]) listener(observation);
  };

  /** Per record, which fields each version changed and who wrote them. */
  const history = new Map<string, { version: number; fields: string[]; from: string }[]>();
  /** Who wrote the change being saved now: the database's change event doesn't know the client. */
  let writer: string | null = null;
  const stopWatchingDb = db.onChange((change: ChangeEvent) => {
    if (change.kind !== 'updated' || !change.previous) return;
    const before = change.previous as unknown as Record<string, unknown>;
    const after = change.data as unknown as Record<string, unknown>;
    const fields = Object.keys(after).filter((key) => !['version', 'updatedAt'].includes(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]));
    const target = `${change.entity}/${change.id}`;
    const entries = history.get(target) ?? [];
    entries.push({ version: Number(after.version), fields, from: writer ?? change.actor.name });
    if (entries.length > HISTORY_PER_RECORD) entries.shift();
    history.set(target, entries);
  });
  const lastWriter = (target: string, field: string, beforeVersion = Infinity) =>
    history
      .get(target)
      ?.filter((entry) => entry.version < beforeVersion)
      .findLast((entry) => entry.fields.includes(field))?.from;
  const changedSince = (target: string, version: number): FieldSource[] => {
    const latest = new Map<string, string>();
    for (const entry of history.get(target) ?? []) if (entry.version > version) for (const field of entry.fields) latest.set(field, entry.from);
    return [...latest].map(([field, from]) => ({ field, from }));
  };

  /** A 409 waiting for the client's merged change: the fields in play. */
  const awaitingMerge = new Map<string, { fields: string[]; theirs: FieldSource[] }>();
  /** An operation batch refused for being stale, per connection and document. */
  const rejectedOps = new Map<string, { ops: TextOp[]; basedOn: number }>();
  /** A client that rejoined an OT document behind the server: where it was, and when it caught up. */
  const caughtUp = new Map<string, { from: number; to: number; at: number }>();

  const offlineSince = new Map<string, number>();
  const replaying = new Map<string, { count: number; offlineMs: number; timer: TimerHandle }>();
  const stopWatchingClients = clients.subscribe((client, offline) => {
    if (offline) {
      offlineSince.set(client, clock.now());
      const open = replaying.get(client);
      if (open) clock.clearTimeout(open.timer);
      replaying.delete(client);
      return;
    }
    const since = offlineSince.get(client);
    offlineSince.delete(client);
    if (since !== undefined) replaying.set(client, { count: 0, offlineMs: clock.now() - since, timer: null });
  });
  const closeReplay = (client: string) => {
    const open = replaying.get(client);
    replaying.delete(client);
    if (open && open.count > 0) emit({ kind: 'queue', client, count: open.count, offlineMs: open.offlineMs });
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    writing(client, save) {
      writer = client;
      try {
        return save();
      } finally {
        writer = null;
      }
    },
    conflict(client, target, sentVersion, serverVersion, fields) {
      const theirs = changedSince(target, sentVersion);
      awaitingMerge.set(`${client}|${target}`, { fields, theirs });
      emit({ kind: 'conflict', client: nameOf(client), target, sentVersion, serverVersion, fields, changedSince: theirs });
    },
    saved(client, target, fields, version) {
      const key = `${client}|${target}`;
      const pending = awaitingMerge.get(key);
      if (!pending) return;
      awaitingMerge.delete(key);
      const inPlay = [...new Set([...pending.fields, ...pending.theirs.map((source) => source.field)])];
      emit({
        kind: 'merge',
        client: nameOf(client),
        target,
        version,
        fields: inPlay.map((field) => ({
          field,
          from: fields.includes(field) ? nameOf(client) : (lastWriter(target, field, version) ?? 'the server'),
        })),
      });
    },
    otRejected(client, connection, target, ops, basedOn, serverRevision) {
      const key = `${connection}|${target}`;
      // A batch refused twice keeps the first version sent: the row shows the whole transform.
      if (!rejectedOps.has(key)) rejectedOps.set(key, { ops, basedOn });
      emit({ kind: 'ot-rejected', client: nameOf(client), target, basedOn, serverRevision });
    },
    otApplied(client, connection, target, ops, basedOn, revision) {
      const key = `${connection}|${target}`;
      const rejected = rejectedOps.get(key);
      const rejoined = caughtUp.get(key);
      rejectedOps.delete(key);
      caughtUp.delete(key);
      if (rejected) emit({ kind: 'ot-transform', client: nameOf(client), target, sent: rejected.ops, applied: ops, basedOn: rejected.basedOn, past: basedOn - rejected.basedOn, revision });
      else if (rejoined && basedOn === rejoined.to && clock.now() - rejoined.at <= CATCH_UP_MS) {
        emit({ kind: 'ot-transform', client: nameOf(client), target, applied: ops, basedOn: rejoined.from, past: rejoined.to - rejoined.from, revision });
      }
    },
    otJoined(client, connection, target, from, to) {
      if (from >= to) return;
      caughtUp.set(`${connection}|${target}`, { from, to, at: clock.now() });
      emit({ kind: 'ot-behind', client: nameOf(client), target, from, to });
    },
    replayed(client, request, key) {
      emit({ kind: 'replay', client: nameOf(client), request, key });
    },
    mutation(client, target) {
      if (client === null || (target !== undefined && awaitingMerge.has(`${client}|${target}`))) return;
      const open = replaying.get(client);
      if (!open) return;
      open.count += 1;
      clock.clearTimeout(open.timer);
      open.timer = clock.setTimeout(() => closeReplay(client), REPLAY_QUIET_MS);
    },
    dispose() {
      stopWatchingDb();
      stopWatchingClients();
      for (const open of replaying.values()) clock.clearTimeout(open.timer);
      replaying.clear();
      listeners.clear();
    },
  };
}
