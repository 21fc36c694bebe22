/**
 * Unstable selector: a `useSelector` / `useStore` selector that returned a new reference with
 * equal contents, so its component re-rendered although its data had not changed. The render
 * probe sees it on React's `useSyncExternalStore` hook (both libraries subscribe through it),
 * the same symptom RTK's `inputStabilityCheck` and React-Redux's `stabilityCheck` look for by
 * running a selector twice.
 */
import { Evidence } from './evidence.ts';
import { guideSection, type Analyzer, type Finding, type Rule } from './types.ts';

export const unstableSelector: Rule = {
  id: 'unstable-selector',
  title: 'Selectors returning new references',
  create(): Analyzer {
    const byComponent = new Map<string, { renders: number; evidence: Evidence }>();
    return {
      add(event) {
        if (event.source !== 'render' || !event.meta) return false;
        for (const component of event.meta.components) {
          if (!component.unstableSelectors) continue;
          let entry = byComponent.get(component.name);
          if (!entry) byComponent.set(component.name, (entry = { renders: 0, evidence: new Evidence() }));
          entry.renders += component.unstableSelectors;
          entry.evidence.add(event.id);
        }
        return true;
      },
      findings() {
        return [...byComponent].map(
          ([name, entry]): Finding => ({
            rule: 'unstable-selector',
            key: name,
            severity: entry.renders > 1 ? 'high' : 'medium',
            title: `Unstable selector in ${name}`,
            explanation: `${name}'s store selector returned a new reference with the same contents ${entry.renders === 1 ? 'once' : `${entry.renders} times`}, so ${name} re-rendered on actions that did not change its data.`,
            evidence: entry.evidence.list(),
            fix: guideSection('memoized-selectors'),
          }),
        );
      },
    };
  },
};
