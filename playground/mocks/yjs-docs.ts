/**
 * A Yjs document relay on the realtime socket (the job Hocuspocus or y-websocket does for a
 * real app): the server holds one `Y.Doc` per document, answers a client's state vector with
 * the updates it lacks (and its own state vector, so the client can send what the server
 * lacks), applies every update a client sends and relays it to the others. Updates travel
 * base64-encoded inside the JSON frames.
 *
 * `task_017` starts with that task's description (a `Y.Text` named "description") and a
 * checklist (a `Y.Array` of `Y.Map`s with `id`, `text` and `done`, named "checklist").
 */
import * as Y from 'yjs';
import type { Clock } from './clock';
import type { Database } from './db';
import type { ServerMessage } from './types';
import { isPlainObject } from './validation';

export interface YjsConnection {
  id: string;
  send(message: ServerMessage): void;
}

export interface YjsDocs {
  /** Handles `yjs-sync` and `yjs-update`; a bad one gets an ERROR and changes nothing. */
  handle(connection: YjsConnection, message: Record<string, unknown>): void;
  leave(connection: YjsConnection): void;
  /** The server's document as plain data, for tests: `{ description, checklist }`. */
  snapshot(doc: string): { description: string; checklist: { id: string; text: string; done: boolean }[] };
}

const DOC_NAME = /^task_\d+$/;
const FIRST_CHECKLIST = ['Sketch the dialog', 'Write the copy', 'Review with design'];

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

export function createYjsDocs({ db, clock }: { db: Database; clock: Clock }): YjsDocs {
  const docs = new Map<string, { doc: Y.Doc; members: Set<YjsConnection> }>();
  const frame = <T extends ServerMessage['type']>(type: T, payload: Extract<ServerMessage, { type: T }>['payload']) =>
    ({ type, payload, timestamp: clock.now() }) as ServerMessage;

  const open = (name: string) => {
    let entry = docs.get(name);
    if (!entry) {
      const doc = new Y.Doc();
      const task = db.get('tasks', name);
      doc.transact(() => {
        doc.getText('description').insert(0, task?.description ?? '');
        doc.getArray<Y.Map<unknown>>('checklist').push(
          FIRST_CHECKLIST.map((text, index) => new Y.Map<unknown>([['id', `item_${index + 1}`], ['text', text], ['done', false]])),
        );
      });
      entry = { doc, members: new Set() };
      docs.set(name, entry);
    }
    return entry;
  };

  return {
    handle(connection, message) {
      const error = (text: string) => connection.send(frame('ERROR', { message: text }));
      const { type, doc: name } = message;
      if (typeof name !== 'string' || !DOC_NAME.test(name)) return error(`"doc" must be a task id, like "task_017" (got ${JSON.stringify(name)})`);
      const entry = open(name);
      const field = type === 'yjs-sync' ? 'stateVector' : 'update';
      const encoded = message[field];
      if (typeof encoded !== 'string') return error(`"${field}" must be a base64 string`);
      let bytes: Uint8Array;
      try {
        bytes = fromBase64(encoded);
      } catch {
        return error(`"${field}" is not valid base64`);
      }

      if (type === 'yjs-sync') {
        let missing: Uint8Array;
        try {
          missing = Y.encodeStateAsUpdate(entry.doc, bytes);
        } catch {
          return error('"stateVector" is not a Yjs state vector (Y.encodeStateVector(doc))');
        }
        entry.members.add(connection);
        connection.send(frame('YJS_SYNC', { doc: name, update: toBase64(missing), stateVector: toBase64(Y.encodeStateVector(entry.doc)), bytes: missing.length }));
        return;
      }

      if (!entry.members.has(connection)) return error(`Send {"type":"yjs-sync","doc":"${name}","stateVector":…} before sending updates`);
      // Try it on a copy first: a broken update must not leave the document half changed.
      const trial = new Y.Doc();
      try {
        Y.applyUpdate(trial, Y.encodeStateAsUpdate(entry.doc));
        Y.applyUpdate(trial, bytes);
      } catch {
        return error('"update" is not a Yjs update (Y.encodeStateAsUpdate or a doc "update" event); the document is unchanged');
      } finally {
        trial.destroy();
      }
      Y.applyUpdate(entry.doc, bytes, connection);
      for (const member of entry.members) {
        if (member !== connection) member.send(frame('YJS_UPDATE', { doc: name, update: encoded, bytes: bytes.length }));
      }
    },
    leave(connection) {
      for (const entry of docs.values()) entry.members.delete(connection);
    },
    snapshot(name) {
      const { doc } = open(name);
      return {
        description: doc.getText('description').toString(),
        checklist: doc.getArray<Y.Map<unknown>>('checklist').toArray().map((item) => item.toJSON() as { id: string; text: string; done: boolean }),
      };
    },
  };
}

export const isYjsMessage = (message: unknown): message is Record<string, unknown> =>
  isPlainObject(message) && (message.type === 'yjs-sync' || message.type === 'yjs-update');
