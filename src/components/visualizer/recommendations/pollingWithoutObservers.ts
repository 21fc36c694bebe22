/**
 * Polling with no observers: a TanStack Query entry fetched again and again while no component
 * uses it (a `setInterval` around `queryClient.query()` that outlives the screen).
 * `refetchInterval` on `useQuery` stops by itself when the last observer unmounts.
 */
import { Evidence, FindingsByKey } from './evidence.ts';
import { guideSection, type Analyzer, type Finding, type Rule } from './types.ts';

export const MIN_UNOBSERVED_FETCHES = 3;

export const pollingWithoutObservers: Rule = {
  id: 'polling-without-observers',
  title: 'Polling nobody watches',
  create(): Analyzer {
    const queries = new Map<string, { key: string; fetches: number; evidence: Evidence }>();
    const built = new FindingsByKey<{ key: string; fetches: number; evidence: Evidence }>();
    return {
      add(event) {
        if (event.source !== 'query' || event.kind !== 'query:updated' || event.meta?.entity !== 'query') return false;
        const meta = event.meta;
        if (meta.action !== 'fetch') return false;
        const id = `${meta.client} ${meta.queryHash}`;
        let q = queries.get(id);
        if (!q) queries.set(id, (q = { key: meta.queryHash, fetches: 0, evidence: new Evidence() }));
        built.touch(id);
        if (meta.observers > 0) {
          // Someone watches again: the count starts over.
          q.fetches = 0;
          q.evidence = new Evidence();
          return true;
        }
        q.fetches++;
        q.evidence.add(event.id);
        return true;
      },
      findings() {
        return built.read(queries, (id, q): Finding | null => {
          if (q.fetches < MIN_UNOBSERVED_FETCHES) return null;
          return {
            rule: 'polling-without-observers',
            key: id,
            severity: 'medium',
            title: `Polling with no observers: ${q.key}`,
            explanation: `Query ${q.key} was fetched ${q.fetches} times in a row while no component used it: the requests cost bandwidth and battery and nobody sees the answer.`,
            evidence: q.evidence.list(),
            fix: guideSection('poll-only-while-watched'),
          };
        });
      },
    };
  },
};
