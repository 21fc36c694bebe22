/**
 * Request waterfall: GETs that ran one after another, each starting within `CHAIN_GAP_MS` of the
 * previous one's answer, although none of them carries an id in its path
 * (`/projects/proj_01/stats` would, and probably needed the previous answer). Requests started
 * beside a link of the chain are parallel and ignored. Three or more in a row is a chain worth
 * starting together.
 */
import { shortUrl } from './evidence.ts';
import { guideSection, MAX_EVIDENCE, type Analyzer, type Finding, type Rule } from './types.ts';

/** How soon after an answer the next request must start to count as waiting for it. */
export const CHAIN_GAP_MS = 50;
export const MIN_CHAIN = 3;

/** A path segment that looks like an id: it has a digit (`proj_01`, `42`, a UUID). */
const ID_SEGMENT = /\d/;

function dependsOnAnAnswer(url: string): boolean {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {}
  return path.split('/').some((segment) => ID_SEGMENT.test(segment));
}

export const requestWaterfall: Rule = {
  id: 'request-waterfall',
  title: 'Independent requests one after another',
  create(): Analyzer {
    /** The current chain: its first requests (evidence) and its length. */
    let chain: { id: number; url: string }[] = [];
    let length = 0;
    /** The chain's last request, and when it answered (undefined while in flight). */
    let tail: string | undefined;
    let tailEnd: number | undefined;
    const found: { ids: number[]; urls: string[]; length: number }[] = [];
    const close = () => {
      if (length >= MIN_CHAIN) {
        found.push({ ids: chain.map((c) => c.id), urls: chain.map((c) => c.url), length });
        if (found.length > 10) found.shift();
      }
      chain = [];
      length = 0;
      tail = tailEnd = undefined;
    };
    return {
      add(event) {
        if (event.source !== 'network' || !event.meta) return false;
        const { method, url, requestId } = event.meta;
        if (event.kind !== 'request:start') {
          if (requestId !== tail) return false;
          tailEnd = event.time;
          return true;
        }
        const waited = tailEnd !== undefined && event.time - tailEnd <= CHAIN_GAP_MS;
        // Started beside the chain's last request: parallel, neither a link nor a break.
        if (tail !== undefined && tailEnd === undefined) return false;
        const independent = method === 'GET' && !dependsOnAnAnswer(url);
        if (!waited || !independent) close();
        if (!independent) return true;
        length++;
        if (chain.length < MAX_EVIDENCE) chain.push({ id: event.id, url });
        tail = requestId;
        tailEnd = undefined;
        return true;
      },
      findings() {
        const pending = length >= MIN_CHAIN && tailEnd !== undefined ? [{ ids: chain.map((c) => c.id), urls: chain.map((c) => c.url), length }] : [];
        return [...found, ...pending].map(
          (w): Finding => ({
            rule: 'request-waterfall',
            key: `${w.ids[0]}`,
            severity: w.length > 3 ? 'high' : 'medium',
            title: `Request waterfall: ${w.length} requests in a row`,
            explanation: `${w.urls
              .slice(0, 4)
              .map((u) => `GET ${shortUrl(u)}`)
              .join(', then ')}${w.length > 4 ? ' and more' : ''} each waited for the previous answer though none needs it, so the screen waited for all of them in turn.`,
            evidence: w.ids,
            fix: guideSection('parallel-requests'),
          }),
        );
      },
    };
  },
};
