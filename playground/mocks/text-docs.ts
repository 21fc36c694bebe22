/**
 * Shared text documents on the realtime socket, for operational transform: the server keeps
 * each document's text and the log of operations applied to it, in order. It accepts a batch
 * of operations only if it is based on the latest revision (the version check of a PATCH,
 * for operations); a stale batch is rejected, and the client transforms it past the
 * operations it missed and sends it again. The transforming is the client's job.
 *
 * An operation is a list of components covering the whole text: a positive number keeps that
 * many characters, a string inserts it, a negative number deletes that many.
 */
import type { Clock } from './clock';
import type { Database } from './db';
import type { ServerMessage } from './types';
import type { SyncLog } from './sync-log';
import { isPlainObject } from './validation';

export type TextOpComponent = number | string;
export type TextOp = TextOpComponent[];

export interface TextDocConnection {
  id: string;
  /** The client's name (`?client=this-tab`), for the sync rows. */
  client?: string | null;
  send(message: ServerMessage): void;
}

export interface TextDocs {
  /** Handles an `ot-join` or `ot-ops` message; answers a bad one with ERROR, never throws. */
  handle(connection: TextDocConnection, message: Record<string, unknown>): void;
  leave(connection: TextDocConnection): void;
  /** The server's copy of a document (created on first use), for tests. */
  get(doc: string): { text: string; revision: number };
}

/** How many operations a document keeps for clients that reconnect; older ones get a snapshot. */
export const TEXT_DOC_HISTORY = 5000;

interface Doc {
  text: string;
  /**
   * Operations 1…revision; `log[i]` took the document from revision `base + i` to `base + i + 1`.
   * `batch` is the sender's id for the batch, so a sender that missed its ACK recognises its own.
   */
  log: { op: TextOp; batch?: string }[];
  base: number;
  revision: number;
  members: Set<TextDocConnection>;
}

/** `task_017/description` starts as that task's description; any other name starts empty. */
const DOC_NAME = /^[a-z]+_\d+\/[a-zA-Z]+$/;

export function createTextDocs({ db, clock, syncLog }: { db: Database; clock: Clock; syncLog?: SyncLog }): TextDocs {
  const docs = new Map<string, Doc>();

  const open = (name: string): Doc => {
    let doc = docs.get(name);
    if (!doc) {
      const [id, field] = name.split('/') as [string, string];
      const task = db.get('tasks', id) as Record<string, unknown> | undefined;
      const initial = typeof task?.[field] === 'string' ? (task[field] as string) : '';
      doc = { text: initial, log: [], base: 0, revision: 0, members: new Set() };
      docs.set(name, doc);
    }
    return doc;
  };
  const frame = <T extends ServerMessage['type']>(type: T, payload: Extract<ServerMessage, { type: T }>['payload']) =>
    ({ type, payload, timestamp: clock.now() }) as ServerMessage;

  return {
    handle(connection, message) {
      const error = (text: string) => connection.send(frame('ERROR', { message: text }));
      const { type, doc: name } = message;
      if (typeof name !== 'string' || !DOC_NAME.test(name)) return error(`"doc" must name a text field, like "task_017/description" (got ${JSON.stringify(name)})`);
      const doc = open(name);

      if (type === 'ot-join') {
        const { revision } = message;
        doc.members.add(connection);
        // A client coming back with a revision gets the operations it missed, then the current state.
        if (typeof revision === 'number' && Number.isInteger(revision) && revision >= doc.base && revision <= doc.revision) {
          doc.log.slice(revision - doc.base).forEach(({ op, batch }, i) => connection.send(frame('OT_OP', { doc: name, revision: revision + i + 1, op, batch })));
        }
        if (typeof revision === 'number') syncLog?.otJoined(connection.client ?? null, connection.id, name, revision, doc.revision);
        connection.send(frame('OT_JOINED', { doc: name, revision: doc.revision, text: doc.text }));
        return;
      }

      const { revision, ops, batch } = message;
      if (!doc.members.has(connection)) return error(`Send {"type":"ot-join","doc":"${name}"} before sending operations`);
      if (typeof revision !== 'number' || !Number.isInteger(revision) || revision < 0) return error('"revision" must be the revision the operations are based on');
      if (!Array.isArray(ops) || ops.length === 0) return error('"ops" must be a non-empty list of operations');
      if (batch !== undefined && typeof batch !== 'string') return error('"batch" must be a string: your id for this batch');
      syncLog?.mutation(connection.client ?? null);
      if (revision !== doc.revision) {
        syncLog?.otRejected(connection.client ?? null, connection.id, name, ops as TextOp[], revision, doc.revision);
        connection.send(
          frame('OT_REJECTED', {
            doc: name,
            revision: doc.revision,
            message: `The operations are based on revision ${revision}, the document is at ${doc.revision}: transform them past the operations you missed and send them again`,
          }),
        );
        return;
      }
      // Check the whole batch before applying any of it: a bad operation changes nothing.
      let text = doc.text;
      for (const [index, op] of ops.entries()) {
        const applied = applyChecked(text, op);
        if (typeof applied !== 'string') return error(`Operation ${index + 1} of ${ops.length}: ${applied.error}; the document is unchanged`);
        text = applied;
      }
      for (const op of ops as TextOp[]) {
        doc.log.push({ op, batch });
        doc.revision += 1;
        for (const member of doc.members) if (member !== connection) member.send(frame('OT_OP', { doc: name, revision: doc.revision, op, batch }));
      }
      if (doc.log.length > TEXT_DOC_HISTORY) {
        const drop = doc.log.length - TEXT_DOC_HISTORY;
        doc.log.splice(0, drop);
        doc.base += drop;
      }
      doc.text = text;
      syncLog?.otApplied(connection.client ?? null, connection.id, name, ops as TextOp[], revision, doc.revision);
      connection.send(frame('OT_ACK', { doc: name, revision: doc.revision }));
    },
    leave(connection) {
      for (const doc of docs.values()) doc.members.delete(connection);
    },
    get(name) {
      const doc = open(name);
      return { text: doc.text, revision: doc.revision };
    },
  };
}

/** Applies an untrusted operation, or says what is wrong with it. */
function applyChecked(text: string, op: unknown): string | { error: string } {
  if (!Array.isArray(op)) return { error: 'an operation must be a list like [5, "inserted", -2, 10]' };
  let position = 0;
  let result = '';
  for (const component of op) {
    if (typeof component === 'string') result += component;
    else if (typeof component === 'number' && Number.isInteger(component) && component !== 0) {
      const length = Math.abs(component);
      if (position + length > text.length) return { error: `it reaches past the end of the text (${text.length} characters)` };
      if (component > 0) result += text.slice(position, position + length);
      position += length;
    } else return { error: `${JSON.stringify(component)} is not a component: use a positive number (keep), a string (insert) or a negative number (delete)` };
  }
  if (position !== text.length) return { error: `it covers ${position} characters, the text has ${text.length}` };
  return result;
}

export const isTextDocMessage = (message: unknown): message is Record<string, unknown> =>
  isPlainObject(message) && (message.type === 'ot-join' || message.type === 'ot-ops');
