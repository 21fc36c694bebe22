/**
 * Reading RTK Query's subscription bookkeeping from the timeline. RTK Query keeps its
 * subscriptions in its middleware and syncs them to the store (throttled, every 500 ms at most)
 * with `<reducerPath>/internalSubscriptions/subscriptionsUpdated`, whose payload is a list of
 * Immer patches: `{ op: 'add', path: [queryCacheKey], value: { [requestId]: options } }` (the
 * whole subscriber set of that entry) or `{ op: 'remove', path: [queryCacheKey] }`.
 */
import type { ReduxEvent } from '../../../playground/protocol/events.ts';
import type { Serialized, SerializedObject } from '../../../playground/protocol/serialize.ts';

export interface SubscriberSet {
  queryCacheKey: string;
  /** Request ids of the subscribers; empty when the entry has none left. */
  requestIds: string[];
}

const isObject = (x: Serialized | undefined): x is SerializedObject => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Whether an RTK Query `executeQuery/pending` comes with a new subscriber (`meta.arg.subscribe`):
 * a component asked for the data. Refetches (after an invalidation, polling) don't subscribe.
 */
export function startsWithSubscriber(event: ReduxEvent): boolean {
  if (event.meta?.rtkQuery?.status !== 'pending' || !isObject(event.data)) return false;
  const meta = event.data.meta;
  const arg = isObject(meta) ? meta.arg : undefined;
  return isObject(arg) && arg.subscribe === true;
}

export function isSubscriptionsUpdate(event: ReduxEvent): boolean {
  return event.meta?.actionType.endsWith('/internalSubscriptions/subscriptionsUpdated') ?? false;
}

/** The subscriber sets a `subscriptionsUpdated` action reports, or [] for any other event. */
export function subscriberSets(event: ReduxEvent): SubscriberSet[] {
  if (!isSubscriptionsUpdate(event) || !isObject(event.data)) return [];
  const patches = event.data.payload;
  if (!Array.isArray(patches)) return [];
  const out: SubscriberSet[] = [];
  for (const patch of patches) {
    if (!isObject(patch) || !Array.isArray(patch.path) || patch.path.length !== 1) continue;
    const key = patch.path[0];
    if (typeof key !== 'string') continue;
    if (patch.op === 'remove') out.push({ queryCacheKey: key, requestIds: [] });
    else if (patch.op === 'add' || patch.op === 'replace') {
      out.push({ queryCacheKey: key, requestIds: isObject(patch.value) ? Object.keys(patch.value).filter((k) => !k.startsWith('$')) : [] });
    }
  }
  return out;
}
