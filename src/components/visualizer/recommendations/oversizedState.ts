/**
 * Oversized state: a Redux slice whose JSON is over 100 KB (the redux probe measures each slice an
 * action changes). Large slices make every copy, persist and DevTools snapshot slow.
 */
import { Evidence } from './evidence.ts';
import { guideSection, type Analyzer, type Finding, type Rule } from './types.ts';

export const SLICE_BUDGET_BYTES = 100 * 1024;

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

export const oversizedState: Rule = {
  id: 'oversized-state',
  title: 'State slices over 100 KB',
  create(): Analyzer {
    const slices = new Map<string, { bytes: number; partial: boolean; evidence: Evidence }>();
    return {
      add(event) {
        if (event.source !== 'redux' || !event.meta?.slices) return false;
        for (const [name, stats] of Object.entries(event.meta.slices)) {
          const key = `${event.meta.store} ${name}`;
          let entry = slices.get(key);
          if (!entry) slices.set(key, (entry = { bytes: 0, partial: false, evidence: new Evidence() }));
          entry.bytes = stats.bytes;
          entry.partial = !!stats.partial;
          if (stats.bytes > SLICE_BUDGET_BYTES) entry.evidence.add(event.id);
        }
        return true;
      },
      findings() {
        const out: Finding[] = [];
        for (const [key, entry] of slices) {
          if (entry.bytes <= SLICE_BUDGET_BYTES) continue;
          const name = key.slice(key.indexOf(' ') + 1);
          out.push({
            rule: 'oversized-state',
            key,
            severity: entry.bytes > 10 * SLICE_BUDGET_BYTES ? 'high' : 'medium',
            title: `State slice "${name}" is ${entry.partial ? 'over ' : ''}${kb(entry.bytes)}`,
            explanation: `The "${name}" slice is ${entry.partial ? 'over ' : ''}${kb(entry.bytes)} as JSON (budget ${kb(SLICE_BUDGET_BYTES)}): every copy, persist and snapshot of it costs that much.`,
            evidence: entry.evidence.list(),
            fix: guideSection('normalized-state'),
          });
        }
        return out;
      },
    };
  },
};
