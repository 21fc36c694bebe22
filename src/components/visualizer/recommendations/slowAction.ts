/**
 * Slow action: a Redux action whose reducer plus the middleware after the probe took longer
 * than a frame (16 ms), and the session's p95 dispatch over the 100 ms budget.
 */
import { percentile } from '../metrics.ts';
import { Evidence, ms } from './evidence.ts';
import { guideSection, type Analyzer, type Finding, type Rule } from './types.ts';

export const FRAME_MS = 16;
export const P95_BUDGET_MS = 100;
const SAMPLE = 1_000;

export const slowAction: Rule = {
  id: 'slow-action',
  title: 'Actions slower than a frame',
  create(): Analyzer {
    const byType = new Map<string, { slow: number; total: number; max: number; evidence: Evidence }>();
    const sample: { id: number; duration: number }[] = [];
    let next = 0;
    /** Sampled dispatches over the budget: the p95 is over it only when more than 5% are. */
    let over = 0;
    return {
      add(event) {
        if (event.source !== 'redux' || event.kind !== 'dispatch' || event.duration === undefined) return false;
        const type = event.meta?.actionType ?? event.label;
        let entry = byType.get(type);
        if (!entry) byType.set(type, (entry = { slow: 0, total: 0, max: 0, evidence: new Evidence() }));
        entry.total++;
        if (event.duration > FRAME_MS) {
          entry.slow++;
          entry.max = Math.max(entry.max, event.duration);
          entry.evidence.add(event.id);
        }
        const item = { id: event.id, duration: event.duration };
        if (item.duration > P95_BUDGET_MS) over++;
        if (sample.length < SAMPLE) sample.push(item);
        else {
          if (sample[next]!.duration > P95_BUDGET_MS) over--;
          sample[next] = item;
        }
        next = (next + 1) % SAMPLE;
        return true;
      },
      findings() {
        const out: Finding[] = [];
        // Nearest rank: the p95 is over the budget when at least n − ceil(0.95 n) + 1 samples are.
        const p95 = over > 0 && over >= sample.length - Math.ceil(0.95 * sample.length) + 1 ? percentile(sample.map((s) => s.duration), 95) : null;
        if (p95 !== null && p95 > P95_BUDGET_MS) {
          out.push({
            rule: 'slow-action',
            key: 'p95',
            severity: 'high',
            title: `Dispatch p95 is ${ms(p95)}, over the ${P95_BUDGET_MS} ms budget`,
            explanation: `One dispatch in twenty takes ${ms(p95)} or more in the reducers and middleware, long enough for a click or a keystroke to feel stuck.`,
            evidence: sample
              .filter((s) => s.duration >= p95)
              .map((s) => s.id)
              .sort((a, b) => a - b)
              .slice(-20),
            fix: guideSection('slow-actions'),
          });
        }
        for (const [type, entry] of byType) {
          if (entry.slow === 0) continue;
          out.push({
            rule: 'slow-action',
            key: type,
            severity: entry.max > P95_BUDGET_MS ? 'high' : 'medium',
            title: `Slow action: ${type}`,
            explanation: `${type} took up to ${ms(entry.max)} in the reducers and middleware (${entry.slow} of ${entry.total} dispatches over the ${FRAME_MS} ms of a frame), so the page cannot paint while it runs.`,
            evidence: entry.evidence.list(),
            fix: guideSection('slow-actions'),
          });
        }
        return out;
      },
    };
  },
};
