/**
 * Unbounded growth: TanStack Query entries that no component uses any more and that will never
 * be garbage-collected (`gcTime: Infinity`, or longer than a session), piling up as the reader
 * pages or searches. Entries with a finite `gcTime` leave by themselves and are not counted.
 */
import { Evidence } from './evidence.ts';
import { guideSection, type Analyzer, type Finding, type Rule } from './types.ts';

export const MAX_UNCOLLECTED = 20;
/** A `gcTime` this long never ends within a session: treat it like Infinity. */
const SESSION_MS = 30 * 60_000;

export const unboundedGrowth: Rule = {
  id: 'unbounded-growth',
  title: 'Cache entries that are never removed',
  create(): Analyzer {
    const clients = new Map<string, { entries: Map<string, { inactiveSince?: number }>; uncollected: number; added: number; removed: number; evidence: Evidence }>();
    return {
      add(event) {
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
        return out;
      },
    };
  },
};
