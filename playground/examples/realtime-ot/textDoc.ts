import { apply, transform, type TextOp } from './textOt';

/** What the server has confirmed, and what this client has on top of it. */
export interface TextDocState {
  text: string;
  /** The server revision this client's text is based on. */
  revision: number;
  /** Sent and not yet acknowledged (at most one batch on its way). */
  inflight: { batch: string; ops: TextOp[] } | null;
  /** Typed since, not sent yet: offline edits wait here. */
  pending: TextOp[];
}

/** Transforms our operations past `theirs`; returns `theirs` transformed past ours. */
export function rebase(ours: TextOp[], theirs: TextOp): [TextOp[], TextOp] {
  const rebased = ours.map((op) => {
    const [opPrime, theirsPrime] = transform(op, theirs);
    theirs = theirsPrime;
    return opPrime;
  });
  return [rebased, theirs];
}

/**
 * One client's copy of a shared text, with the client half of OT. Its text is always the
 * server's text at `revision` with `inflight` and `pending` applied on top. An operation from
 * someone else was applied on the server before ours, so ours are transformed past it, and it
 * past ours, before it is applied here.
 */
export function createTextDoc(text: string, revision: number, newBatchId: () => string = () => crypto.randomUUID()) {
  let state: TextDocState = { text, revision, inflight: null, pending: [] };
  /** The revision the server said it is at when it rejected our batch: send again once caught up. */
  let serverRevision = revision;

  return {
    get: () => state,
    /** The reader typed. */
    local(op: TextOp) {
      state = { ...state, text: apply(state.text, op), pending: [...state.pending, op] };
    },
    /** The next batch to send, if none is on its way and the server isn't known to be ahead. */
    takeBatch(): { batch: string; revision: number; ops: TextOp[] } | null {
      if (state.inflight || state.pending.length === 0 || state.revision < serverRevision) return null;
      const inflight = { batch: newBatchId(), ops: state.pending };
      state = { ...state, inflight, pending: [] };
      return { ...inflight, revision: state.revision };
    },
    acknowledged(revision: number) {
      state = { ...state, revision, inflight: null };
      serverRevision = Math.max(serverRevision, revision);
    },
    /** Our batch was based on an old revision: it goes again after the operations we missed. */
    rejected(revision: number) {
      serverRevision = revision;
      state = { ...state, inflight: null, pending: [...(state.inflight?.ops ?? []), ...state.pending] };
    },
    /**
     * An operation the server applied, in order. A replay of our own batch (we reconnected
     * before its ACK came) counts as the ACK. Returns false if one is missing before it.
     */
    remote(op: TextOp, revision: number, batch?: string): boolean {
      if (revision <= state.revision) return true; // a duplicate
      if (revision > state.revision + 1) return false; // a gap: ask for the missed ones
      serverRevision = Math.max(serverRevision, revision);
      if (state.inflight && batch === state.inflight.batch) {
        const [, ...rest] = state.inflight.ops;
        state = { ...state, revision, inflight: rest.length > 0 ? { ...state.inflight, ops: rest } : null };
        return true;
      }
      const [inflightOps, afterInflight] = rebase(state.inflight?.ops ?? [], op);
      const [pending, theirs] = rebase(state.pending, afterInflight);
      state = {
        text: apply(state.text, theirs),
        revision,
        inflight: state.inflight && { ...state.inflight, ops: inflightOps },
        pending,
      };
      return true;
    },
    /** After a reconnect: the server is at `revision`; a batch it never got goes again. */
    rejoined(revision: number) {
      serverRevision = revision;
      if (state.inflight) state = { ...state, inflight: null, pending: [...state.inflight.ops, ...state.pending] };
    },
  };
}

export type TextDoc = ReturnType<typeof createTextDoc>;
