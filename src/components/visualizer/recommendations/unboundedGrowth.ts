/**
 * Unbounded growth: query-cache entries that no component uses any more and that are never
 * removed, piling up as the reader pages or searches.
 * - TanStack Query: entries with no observer whose `gcTime` is Infinity (or longer than a
 *   session). Entries with a finite `gcTime` leave by themselves and are not counted.
 * - RTK Query: entries whose last subscriber left (its `subscriptionsUpdated` patches) more than
 *   `keepUnusedDataFor`'s default 60 s ago and that are still there (no `removeQueryResult`):
 *   the API keeps unused data longer, or forever. The events don't carry `keepUnusedDataFor`,
 *   so the rule waits out the default (plus a margin) before it counts an entry.
 */
import type { ReduxEvent } from '../../../../playground/protocol/events.ts';
import { payloadKey } from '../queryCache.ts';
import { subscriberSets } from '../rtkQuery.ts';
import { Evidence } from './evidence.ts';
import { guideSection, type Analyzer, type Finding, type Rule } from './types.ts';

export const MAX_UNCOLLECTED = 20;
/** A `gcTime` this long never ends within a session: treat it like Infinity. */
const SESSION_MS = 30 * 60_000;
/** RTK Query's default `keepUnusedDataFor` (60 s), plus a margin for its timer. */
export const RTK_KEEP_UNUSED_MS = 65_000;

interface RtkEntry {
  /** Event time at which its last subscriber left; undefined while subscribed. */
  unusedSince?: number;
  /** The event that showed it unused. */
  evidence?: number;
}

/** One store's RTK Query entries, by query cache key. */
class RtkCache {
  entries = new Map<string, RtkEntry>();
  /** Latest event time seen for this store: "now" for the entries' ages. */
  now = 0;

  add(event: ReduxEvent): boolean {
    const meta = event.meta!;
    this.now = Math.max(this.now, event.time);
    const rtk = meta.rtkQuery;
    if (rtk?.type === 'query' && rtk.queryCacheKey && rtk.status === 'fulfilled') {
      if (!this.entries.has(rtk.queryCacheKey)) this.entries.set(rtk.queryCacheKey, {});
      return true;
    }
    if (meta.actionType.endsWith('/removeQueryResult')) {
      const key = payloadKey(event.data);
      return key !== undefined && this.entries.delete(key);
    }
    let changed = false;
    for (const set of subscriberSets(event)) {
      const entry = this.entries.get(set.queryCacheKey);
      if (!entry) continue;
      changed = true;
      if (set.requestIds.length > 0) {
        entry.unusedSince = undefined;
        entry.evidence = undefined;
      } else if (entry.unusedSince === undefined) {
        entry.unusedSince = event.time;
        entry.evidence = event.id;
      }
    }
    return changed;
  }

  /** Entries unused for longer than RTK Query would have kept them by default, oldest first. */
  uncollected(): RtkEntry[] {
    const out: RtkEntry[] = [];
    for (const entry of this.entries.values()) {
      if (entry.unusedSince !== undefined && this.now - entry.unusedSince > RTK_KEEP_UNUSED_MS) out.push(entry);
    }
    return out;
  }
}


export const unboundedGrowth: Rule = {
  id: 'unbounded-growth',
  title: 'Cache entries that are never removed',
  create(): Analyzer {
    const clients = new Map<string, { entries: Map<string, { inactiveSince?: number }>; uncollected: number; added: number; removed: number; evidence: Evidence }>();
    const stores = new Map<string, RtkCache>();
    return {
      add(event) {
        if (event.source === 'redux' && event.meta) {
          let cache = stores.get(event.meta.store);
          if (!cache) stores.set(event.meta.store, (cache = new RtkCache()));
          return cache.add(event);
        }
        if (event.source !== 'query' || event.meta?.entity !== 'query') return false;
        const meta = event.meta;
        let c = clients.get(meta.client);
        if (!c) clients.set(meta.client, (c = { entries: new Map(), uncollected: 0, added: 0, removed: 0, evidence: new Evidence() }));
        const forever = meta.gcTime === 'infinity' || meta.gcTime > SESSION_MS;
        let entry = c.entries.get(meta.queryHash);
        if (event.kind === 'query:removed') {
          if (entry?.inactiveSince !== undefined) c.uncollected--;
          c.entries.delete(meta.queryHash);
          c.removed++;
          return true;
        }
        if (!entry) {
          c.entries.set(meta.queryHash, (entry = {}));
          c.added++;
        }
        const inactive = meta.observers === 0 && forever;
        if (inactive && entry.inactiveSince === undefined && event.kind !== 'query:added') {
          entry.inactiveSince = event.id;
          c.uncollected++;
          c.evidence.add(event.id);
        } else if (!inactive && entry.inactiveSince !== undefined) {
          entry.inactiveSince = undefined;
          c.uncollected--;
        }
        return true;
      },
      findings() {
        const out: Finding[] = [];
        for (const [client, c] of clients) {
          if (c.uncollected <= MAX_UNCOLLECTED) continue;
          out.push({
            rule: 'unbounded-growth',
            key: client,
            severity: c.uncollected > 5 * MAX_UNCOLLECTED ? 'high' : 'medium',
            title: `Query cache grows without removal (${c.uncollected} unused entries)`,
            explanation: `${c.uncollected} query entries no component uses any more will never be garbage-collected (gcTime is Infinity), so memory grows with every page or search the reader visits.`,
            evidence: c.evidence.list(),
            fix: guideSection('cleaning-up-stale-state'),
          });
        }
        for (const [store, cache] of stores) {
          const unused = cache.uncollected();
          if (unused.length <= MAX_UNCOLLECTED) continue;
          const evidence = new Evidence();
          for (const entry of unused.sort((a, b) => a.unusedSince! - b.unusedSince!)) evidence.add(entry.evidence!);
          out.push({
            rule: 'unbounded-growth',
            key: store,
            severity: unused.length > 5 * MAX_UNCOLLECTED ? 'high' : 'medium',
            title: `RTK Query cache grows without removal (${unused.length} unused entries)`,
            explanation: `${unused.length} RTK Query entries no component has subscribed to for over a minute are still cached (keepUnusedDataFor is longer than its 60 s default, or Infinity), so memory grows with every page or search the reader visits.`,
            evidence: evidence.list(),
            fix: guideSection('cleaning-up-stale-state'),
          });
        }
        return out;
      },
    };
  },
};
