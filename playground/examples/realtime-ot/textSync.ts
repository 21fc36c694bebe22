import { REALTIME_URL, type ServerMessage } from '@/mocks/browser';
import { createTextDoc, type TextDoc } from './textDoc';
import { diff } from './textOt';

export interface TabState {
  connection: 'connecting' | 'live' | 'offline' | 'reconnecting';
  text: string | null;
  revision: number;
  /** Operations typed here that the server hasn't acknowledged. */
  unconfirmed: number;
  /** What happened, newest first. */
  log: string[];
}

/**
 * One tab's copy of a shared text field, kept in sync over the realtime socket with OT:
 * typing becomes operations, sent in batches; someone else's operations are transformed past
 * ours before they are applied. Offline, operations wait and go out on reconnect.
 */
export function createTextSync({ clientId, doc }: { clientId: string; doc: string }) {
  let textDoc: TextDoc | null = null;
  let state: TabState = { connection: 'connecting', text: null, revision: 0, unconfirmed: 0, log: [] };
  const listeners = new Set<() => void>();
  let online = true;
  let stopped = false;
  let socket: WebSocket | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const update = (patch: Partial<TabState> = {}, line?: string) => {
    const current = textDoc?.get();
    state = {
      ...state,
      ...patch,
      ...(current && { text: current.text, revision: current.revision, unconfirmed: (current.inflight?.ops.length ?? 0) + current.pending.length }),
      log: line ? [line, ...state.log].slice(0, 8) : state.log,
    };
    for (const listener of [...listeners]) listener();
  };
  const send = (message: object) => socket?.readyState === WebSocket.OPEN && socket.send(JSON.stringify(message));
  const join = () => send({ type: 'ot-join', doc, revision: textDoc?.get().revision });

  function flush() {
    if (!online || state.connection !== 'live' || !textDoc) return;
    const batch = textDoc.takeBatch();
    if (batch) send({ type: 'ot-ops', doc, ...batch });
  }

  function handle(message: ServerMessage) {
    switch (message.type) {
      case 'OT_JOINED':
        if (!textDoc) textDoc = createTextDoc(message.payload.text, message.payload.revision);
        else textDoc.rejoined(message.payload.revision);
        update({ connection: 'live' });
        return flush();
      case 'OT_OP': {
        if (!textDoc) return;
        const mine = textDoc.get().inflight?.batch === message.payload.batch;
        if (!textDoc.remote(message.payload.op, message.payload.revision, message.payload.batch)) return join(); // a gap
        const pending = textDoc.get().pending.length + (textDoc.get().inflight?.ops.length ?? 0);
        update({}, mine ? `Own batch confirmed by replay, revision ${message.payload.revision}` : pending > 0 ? `Transformed ${pending} of mine past their revision ${message.payload.revision}` : `Applied revision ${message.payload.revision}`);
        return flush();
      }
      case 'OT_ACK':
        textDoc?.acknowledged(message.payload.revision);
        update({}, `Acknowledged: revision ${message.payload.revision}`);
        return flush();
      case 'OT_REJECTED':
        textDoc?.rejected(message.payload.revision);
        update({}, `Rejected: the server is at revision ${message.payload.revision}`);
        return flush();
      case 'ERROR':
        update({}, `Error: ${message.payload.message}`);
    }
  }

  function connect() {
    clearTimeout(retryTimer);
    if (stopped || !online) return;
    const current = new WebSocket(`${REALTIME_URL}?client=${clientId}`);
    socket = current;
    current.onopen = join;
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
    /** The textarea's new value: the change becomes an operation. */
    edit(text: string) {
      if (!textDoc) return;
      textDoc.local(diff(textDoc.get().text, text));
      update();
      flush();
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
    },
  };
}

export type TextSync = ReturnType<typeof createTextSync>;
