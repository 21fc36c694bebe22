/**
 * Unnecessary renders: components for which more than 5% of renders were avoidable, either with
 * the same props, state and context as before (a parent re-rendered them), or with only new
 * references whose contents were equal (named: `props.items`, `selector`, `state`, `context`).
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
    type Counts = { renders: number; identical: number; sameValue: number; keys: Set<string>; evidence: Evidence };
    const byComponent = new Map<string, Counts>();
    const built = new FindingsByKey<Counts>();
    return {
      add(event) {
        if (event.source !== 'render' || !event.meta) return false;
        for (const c of event.meta.components) {
          let entry = byComponent.get(c.name);
          if (!entry) byComponent.set(c.name, (entry = { renders: 0, identical: 0, sameValue: 0, keys: new Set(), evidence: new Evidence() }));
          built.touch(c.name);
          entry.renders += c.count;
          entry.identical += c.unnecessary;
          entry.sameValue += c.sameValue ?? 0;
          for (const key of c.sameValueKeys ?? []) if (entry.keys.size < 5) entry.keys.add(key);
          if (c.unnecessary || c.sameValue) entry.evidence.add(event.id);
        }
        return true;
      },
      findings() {
        return built.read(byComponent, (name, e): Finding | null => {
          const avoidable = e.identical + e.sameValue;
          const share = avoidable / e.renders;
          if (avoidable < MIN_AVOIDABLE || share <= UNNECESSARY_BUDGET) return null;
          const keys = [...e.keys];
          const why =
            e.sameValue >= e.identical && keys.length
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
