/**
 * Groups related events "as far as the order shows": an action and the requests, cache changes
 * and renders that follow it. Two rules, both local to the event stream:
 *
 * - Causal keys, where the events carry them: a request's end joins the group of its start (MSW
 *   request id), a thunk's `fulfilled`/`rejected` (RTK Query's too) joins its `pending`, a
 *   TanStack query's `success`/`error` joins the group whose `fetch` started it, a mutation's
 *   updates join its `added`, an async atom's resolution joins the write that set the promise.
 * - Otherwise an effect that follows the previous event within `gapMs` joins that event's group.
 *
 * Events that are causes in their own right (a plain Redux action, a store action, a primitive
 * atom write, a mutation being started, a message pushed by the server, a store being created)
 * always start a new group, so two clicks in a row stay two groups.
 */
import type { ReduxEvent, TimelineEvent } from '../../../playground/protocol/events.ts';

export interface GroupingOptions {
  /** An effect closer than this (ms) to the previous event joins its group. Default 50. */
  gapMs?: number;
  /** A group stops growing past this many events (bursts). Default 500. */
  maxGroupSize?: number;
  /** Open causal keys remembered (oldest forgotten first). Default 2,000. */
  maxKeys?: number;
}

export interface GroupAssignment {
  /** Id of the event heading the group. */
  group: number;
  isHead: boolean;
}

interface Keys {
  /** Keys this event opens (later events carrying them join its group). */
  opens: string[];
  /** Keys this event closes (it joins the group that opened them). */
  closes: string[];
  /** Keys this event joins without closing them. */
  joins: string[];
}

const NONE: Keys = { opens: [], closes: [], joins: [] };

/**
 * The async-thunk life cycle of a Redux action, if it has one: RTK Query's (from the probe's
 * meta) or any `createAsyncThunk`'s (`meta.requestId` / `meta.requestStatus` of the action).
 */
export function thunkOf(event: ReduxEvent): { requestId: string; status: string } | undefined {
  const rtk = event.meta?.rtkQuery;
  if (rtk?.requestId && rtk.status) return { requestId: rtk.requestId, status: rtk.status };
  const data = event.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const meta = data.meta;
  if (!meta || typeof meta !== 'object' || Array.isArray(meta)) return undefined;
  const { requestId, requestStatus } = meta;
  return typeof requestId === 'string' && typeof requestStatus === 'string' ? { requestId, status: requestStatus } : undefined;
}

/** Whether an event starts a group of its own rather than following the previous one. */
export function isCause(event: TimelineEvent): boolean {
  switch (event.source) {
    case 'redux': {
      if (event.kind === 'init') return true;
      const thunk = thunkOf(event);
      const rtk = event.meta?.rtkQuery;
      // RTK Query's own actions are effects, except a mutation being started by the app.
      if (rtk) return rtk.type === 'mutation' && rtk.status === 'pending';
      // A thunk's result is the effect of its start; anything else the app dispatched is a cause.
      return thunk === undefined || thunk.status === 'pending';
    }
    case 'store':
      return event.kind === 'store:init' || event.meta?.actionSource !== 'external';
    case 'atom':
      return event.kind === 'atom:changed' && event.meta?.derived === false && event.meta.status !== 'pending';
    case 'query':
      return event.kind === 'mutation:added';
    case 'socket':
      return event.kind === 'socket:in' || event.kind === 'sse:message';
    default:
      return false;
  }
}

function keysOf(event: TimelineEvent): Keys {
  switch (event.source) {
    case 'network': {
      const id = event.meta?.requestId;
      if (!id) return NONE;
      const key = `net:${id}`;
      return event.kind === 'request:start' ? { opens: [key], closes: [], joins: [] } : { opens: [], closes: [key], joins: [] };
    }
    case 'redux': {
      const thunk = thunkOf(event);
      if (!thunk) return NONE;
      const key = `thunk:${thunk.requestId}`;
      if (thunk.status === 'pending') return { opens: [key], closes: [], joins: [] };
      if (thunk.status === 'fulfilled' || thunk.status === 'rejected') return { opens: [], closes: [key], joins: [] };
      return NONE;
    }
    case 'query': {
      const meta = event.meta;
      if (!meta) return NONE;
      if (meta.entity === 'query') {
        const key = `q:${meta.client}:${meta.queryHash}`;
        if (meta.action === 'fetch') return { opens: [key], closes: [], joins: [] };
        if (meta.action === 'success' || meta.action === 'error') return { opens: [], closes: [key], joins: [] };
        if (meta.action === 'failed') return { opens: [], closes: [], joins: [key] };
        return NONE;
      }
      const key = `m:${meta.client}:${meta.mutationId}`;
      if (event.kind === 'mutation:added') return { opens: [key], closes: [], joins: [] };
      if (event.kind === 'mutation:removed') return { opens: [], closes: [key], joins: [] };
      return { opens: [], closes: [], joins: [key] };
    }
    case 'atom': {
      const meta = event.meta;
      if (!meta) return NONE;
      const key = `a:${meta.store}:${meta.atom}`;
      if (meta.status === 'pending') return { opens: [key], closes: [], joins: [] };
      if (event.kind === 'atom:resolved' || event.kind === 'atom:rejected') return { opens: [], closes: [key], joins: [] };
      return NONE;
    }
    default:
      return NONE;
  }
}

/** Assigns each event of a stream (in id order) to a group. Bounded memory. */
export class Grouper {
  private readonly gapMs: number;
  private readonly maxGroupSize: number;
  private readonly maxKeys: number;
  private readonly open = new Map<string, number>();
  private readonly sizes = new Map<number, number>();
  private previous: { group: number; time: number } | undefined;

  constructor(options: GroupingOptions = {}) {
    this.gapMs = options.gapMs ?? 50;
    this.maxGroupSize = options.maxGroupSize ?? 500;
    this.maxKeys = options.maxKeys ?? 2_000;
  }

  assign(event: TimelineEvent): GroupAssignment {
    const keys = keysOf(event);
    let group: number | undefined;
    for (const key of keys.closes) {
      group ??= this.open.get(key);
      this.open.delete(key);
    }
    for (const key of keys.joins) group ??= this.open.get(key);
    if (group !== undefined && (this.sizes.get(group) ?? 0) >= this.maxGroupSize) group = undefined;
    if (group === undefined && !isCause(event) && this.previous && event.time - this.previous.time <= this.gapMs) {
      const candidate = this.previous.group;
      if ((this.sizes.get(candidate) ?? 0) < this.maxGroupSize) group = candidate;
    }
    const isHead = group === undefined;
    const assigned = group ?? event.id;
    this.sizes.set(assigned, (this.sizes.get(assigned) ?? 0) + 1);
    for (const key of keys.opens) this.remember(key, assigned);
    this.previous = { group: assigned, time: event.time };
    return { group: assigned, isHead };
  }

  /** Takes back one event of `group`'s count (an event merged into another's row). */
  uncount(group: number): void {
    const size = this.sizes.get(group);
    if (size !== undefined && size > 1) this.sizes.set(group, size - 1);
  }

  /** Events in the group headed by `head` (counting the head). */
  size(head: number): number {
    return this.sizes.get(head) ?? 0;
  }

  /** Forget groups whose head is older than `firstId` (their events left the ring). */
  forgetBefore(firstId: number): void {
    for (const head of this.sizes.keys()) {
      if (head >= firstId) break;
      this.sizes.delete(head);
    }
  }

  clear(): void {
    this.open.clear();
    this.sizes.clear();
    this.previous = undefined;
  }

  private remember(key: string, group: number): void {
    this.open.delete(key);
    this.open.set(key, group);
    if (this.open.size > this.maxKeys) {
      const oldest = this.open.keys().next();
      if (!oldest.done) this.open.delete(oldest.value);
    }
  }
}
