/**
 * Duplicate requests: a GET of the same URL that starts while an identical one is in flight, or
 * within `WINDOW_MS` of its answer, with no write (POST, PATCH, …) in between that would explain
 * a refetch and no failure that would explain a retry. A cache or a request deduplicator in
 * between would have answered the second caller.
 */
import { Evidence, FindingsByKey, shortUrl } from './evidence.ts';
import { guideSection, type Analyzer, type Finding, type Rule } from './types.ts';

export const WINDOW_MS = 500;

interface UrlState {
  inFlight: number;
  lastStartId: number;
  lastEnd: number;
  lastFailed: boolean;
  /** Writes seen when the last request of this URL started. */
  writesAtStart: number;
  duplicates: number;
  evidence: Evidence;
}

export const duplicateRequests: Rule = {
  id: 'duplicate-requests',
  title: 'The same request twice in a row',
  create(): Analyzer {
    const urls = new Map<string, UrlState>();
    const built = new FindingsByKey<UrlState>();
    const started = new Map<string, string>();
    let writes = 0;
    return {
      add(event) {
        if (event.source !== 'network' || !event.meta) return false;
        const { method, url, requestId } = event.meta;
        if (event.kind === 'request:start') {
          if (method !== 'GET') {
            writes++;
            return false;
          }
          started.set(requestId, url);
          let s = urls.get(url);
          if (!s) {
            urls.set(url, { inFlight: 1, lastStartId: event.id, lastEnd: -Infinity, lastFailed: false, writesAtStart: writes, duplicates: 0, evidence: new Evidence() });
            return false;
          }
          const recent = s.inFlight > 0 || event.time - s.lastEnd <= WINDOW_MS;
          if (recent && !s.lastFailed && s.writesAtStart === writes) {
            built.touch(url);
            s.duplicates++;
            if (s.evidence.list().at(-1) !== s.lastStartId) s.evidence.add(s.lastStartId);
            s.evidence.add(event.id);
          }
          s.inFlight++;
          s.lastStartId = event.id;
          s.writesAtStart = writes;
          return true;
        }
        const url2 = started.get(requestId);
        if (url2 === undefined) return false;
        started.delete(requestId);
        const s = urls.get(url2)!;
        s.inFlight = Math.max(0, s.inFlight - 1);
        s.lastEnd = event.time;
        s.lastFailed = event.kind !== 'request:end' || (event.meta.status ?? 0) >= 400;
        return true;
      },
      findings() {
        return built.read(urls, (url, s): Finding | null => {
          if (!s.duplicates) return null;
          return {
            rule: 'duplicate-requests',
            key: url,
            severity: s.duplicates > 2 ? 'high' : 'medium',
            title: `Duplicate requests: GET ${shortUrl(url)}`,
            explanation: `GET ${shortUrl(url)} started again ${s.duplicates === 1 ? 'once' : `${s.duplicates} times`} while the same request was running or had just answered, because nothing between the callers and the network shares the response.`,
            evidence: s.evidence.list(),
            fix: guideSection('deduplicate-requests'),
          };
        });
      },
    };
  },
};
