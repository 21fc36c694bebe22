/**
 * Unnecessary renders: components for which more than 5% of renders were avoidable: they changed
 * nothing on screen, or every input that changed was a new reference with equal contents (named:
 * `props.items`, `selector`, `state`, `context`). The two overlap (an inline object prop usually
 * changes nothing on screen), so a commit's avoidable renders are the larger of the two counts,
 * never their sum.
 */
import { Evidence, FindingsByKey, percent } from './evidence.ts';
import { guideSection, type Analyzer, type Finding, type Rule } from './types.ts';

export const UNNECESSARY_BUDGET = 0.05;
/** Fewer avoidable renders than this is noise, whatever the share. */
const MIN_AVOIDABLE = 2;

export const unnecessaryRenders: Rule = {
  id: 'unnecessary-renders',
  title: 'Avoidable renders over 5%',
  create(): Analyzer {
    type Counts = { renders: number; avoidable: number; sameValue: number; keys: Set<string>; evidence: Evidence };
    const byComponent = new Map<string, Counts>();
    const built = new FindingsByKey<Counts>();
    return {
      add(event) {
        if (event.source !== 'render' || !event.meta) return false;
        for (const c of event.meta.components) {
          let entry = byComponent.get(c.name);
          if (!entry) byComponent.set(c.name, (entry = { renders: 0, avoidable: 0, sameValue: 0, keys: new Set(), evidence: new Evidence() }));
          built.touch(c.name);
          entry.renders += c.count;
          entry.avoidable += Math.min(c.count, Math.max(c.unnecessary, c.sameValue ?? 0));
          entry.sameValue += c.sameValue ?? 0;
          for (const key of c.sameValueKeys ?? []) if (entry.keys.size < 5) entry.keys.add(key);
          if (c.unnecessary || c.sameValue) entry.evidence.add(event.id);
        }
        return true;
      },
      findings() {
        return built.read(byComponent, (name, e): Finding | null => {
          const avoidable = e.avoidable;
          const share = avoidable / e.renders;
          if (avoidable < MIN_AVOIDABLE || share <= UNNECESSARY_BUDGET) return null;
          const keys = [...e.keys];
          const why =
            // New references explain it when they account for at least half of the avoidable renders.
            keys.length && e.sameValue * 2 >= avoidable
              ? `${keys.join(', ')} got a new reference while ${keys.length === 1 ? 'its' : 'their'} value stayed the same`
              : 'it got the same props, state and context as before: its parent re-rendered it';
          return {
            rule: 'unnecessary-renders',
            key: name,
            severity: share > 0.5 ? 'high' : 'medium',
            title: `${name}: ${percent(share)} of renders avoidable`,
            explanation: `${name} rendered ${avoidable} of ${e.renders} times for nothing: ${why}.`,
            evidence: e.evidence.list(),
            fix: guideSection(keys.includes('selector') ? 'memoized-selectors' : 'stable-props-and-context'),
          };
        });
      },
    };
  },
};
