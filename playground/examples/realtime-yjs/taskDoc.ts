import * as Y from 'yjs';
import { REALTIME_URL, type ServerMessage } from '@/mocks/browser';

export interface ChecklistItem {
  id: string;
  text: string;
  done: boolean;
}

export interface TabState {
  connection: 'connecting' | 'live' | 'offline' | 'reconnecting';
  /** False until the first sync: the document is empty until the server's state arrives. */
  synced: boolean;
  description: string;
  checklist: ChecklistItem[];
  /** What happened, newest first. */
  log: string[];
}

const toBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
/** Marks changes that came from the server, so they aren't sent back to it. */
const FROM_SERVER = Symbol('server');

/**
 * One tab's copy of a task as a Yjs document: the description is a `Y.Text`, the checklist a
 * `Y.Array` of `Y.Map`s. Every local change is an update sent to the server; offline, the
 * changes just stay in the document. On (re)connecting, the tab sends its state vector ("what I
 * have"), gets what it lacks, and sends what the server lacks: offline edits merge, in any
 * order, with no conflict to resolve.
 */
export function createTaskDoc({ clientId, taskId }: { clientId: string; taskId: string }) {
  const doc = new Y.Doc();
  const description = doc.getText('description');
  const checklist = doc.getArray<Y.Map<unknown>>('checklist');
  const listeners = new Set<() => void>();
  let state: TabState = { connection: 'connecting', synced: false, description: '', checklist: [], log: [] };
  let online = true;
  let stopped = false;
  let socket: WebSocket | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const update = (patch: Partial<TabState> = {}, line?: string) => {
    state = {
      ...state,
      ...patch,
      description: description.toString(),
      checklist: checklist.toArray().map((item) => item.toJSON() as ChecklistItem),
      log: line ? [line, ...state.log].slice(0, 8) : state.log,
    };
    for (const listener of [...listeners]) listener();
  };
  const send = (message: object) => {
    if (socket?.readyState !== WebSocket.OPEN || state.connection !== 'live') return false;
    socket.send(JSON.stringify(message));
    return true;
  };

  doc.on('update', (bytes: Uint8Array, origin: unknown) => {
    if (origin === FROM_SERVER) return update();
    const sent = send({ type: 'yjs-update', doc: taskId, update: toBase64(bytes) });
    update({}, sent ? `Sent an update, ${bytes.length} bytes` : `Kept an update offline, ${bytes.length} bytes`);
  });

  function handle(message: ServerMessage) {
    if (message.type === 'YJS_SYNC') {
      Y.applyUpdate(doc, fromBase64(message.payload.update), FROM_SERVER);
      update({ connection: 'live', synced: true }, `Synced: received ${message.payload.bytes} bytes`);
      // Whatever this tab did while away, in one update: what the server's state vector lacks.
      const mine = Y.encodeStateAsUpdate(doc, fromBase64(message.payload.stateVector));
      if (mine.length > 2) {
        send({ type: 'yjs-update', doc: taskId, update: toBase64(mine) });
        update({}, `Sent offline edits, ${mine.length} bytes`);
      }
    } else if (message.type === 'YJS_UPDATE') {
      Y.applyUpdate(doc, fromBase64(message.payload.update), FROM_SERVER);
      update({}, `Received an update, ${message.payload.bytes} bytes`);
    } else if (message.type === 'ERROR') {
      update({}, `Error: ${message.payload.message}`);
    }
  }

  function connect() {
    clearTimeout(retryTimer);
    if (stopped || !online) return;
    const current = new WebSocket(`${REALTIME_URL}?client=${clientId}`);
    socket = current;
    current.onopen = () => current.send(JSON.stringify({ type: 'yjs-sync', doc: taskId, stateVector: toBase64(Y.encodeStateVector(doc)) }));
    current.onmessage = (event) => handle(JSON.parse(String(event.data)) as ServerMessage);
    current.onclose = () => {
      if (stopped || socket !== current) return;
      socket = null;
      update({ connection: online ? 'reconnecting' : 'offline' });
      if (online) retryTimer = setTimeout(connect, 1000);
    };
  }

  return {
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: connect,
    /** The textarea's new value, as one replaced span of the shared text. */
    setDescription(text: string) {
      const before = description.toString();
      let start = 0;
      while (start < before.length && start < text.length && before[start] === text[start]) start++;
      let end = 0;
      while (end < before.length - start && end < text.length - start && before[before.length - 1 - end] === text[text.length - 1 - end]) end++;
      doc.transact(() => {
        description.delete(start, before.length - start - end);
        description.insert(start, text.slice(start, text.length - end));
      });
    },
    toggle(id: string, done: boolean) {
      checklist.forEach((item) => {
        if (item.get('id') === id) item.set('done', done);
      });
    },
    addItem(text: string) {
      checklist.push([new Y.Map<unknown>([['id', `${clientId}_${crypto.randomUUID().slice(0, 8)}`], ['text', text], ['done', false]])]);
    },
    setOnline(value: boolean) {
      online = value;
      if (!online) {
        socket?.close();
        update({ connection: 'offline' });
      } else {
        update({ connection: 'reconnecting' });
        connect();
      }
    },
    stop() {
      stopped = true;
      clearTimeout(retryTimer);
      socket?.close();
      doc.destroy();
    },
  };
}

export type TaskDoc = ReturnType<typeof createTaskDoc>;
