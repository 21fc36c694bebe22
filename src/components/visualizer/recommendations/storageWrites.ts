/**
 * Storage writes too often: one storage key written more than `MAX_PER_SECOND` times within a
 * second, which is persistence on every change instead of throttled. Each write serializes the
 * whole value on the main thread.
 */
import { Evidence } from './evidence.ts';
import { guideSection, type Analyzer, type Finding, type Rule } from './types.ts';

export const MAX_PER_SECOND = 4;
const SECOND = 1_000;

export const storageWrites: Rule = {
  id: 'storage-writes',
  title: 'Storage written more than 4 times a second',
  create(): Analyzer {
    const keys = new Map<string, { label: string; recent: number[]; writes: number; peak: number; evidence: Evidence }>();
    return {
      add(event) {
        if (event.source !== 'storage' || !event.meta) return false;
        const { area, key, objectStore } = event.meta;
        const name = [area, objectStore, typeof key === 'string' || typeof key === 'number' ? `"${key}"` : undefined].filter(Boolean).join(' ');
        let k = keys.get(name);
        if (!k) keys.set(name, (k = { label: name, recent: [], writes: 0, peak: 0, evidence: new Evidence() }));
        k.writes++;
        k.recent.push(event.time);
        while (k.recent.length && event.time - k.recent[0]! > SECOND) k.recent.shift();
        if (k.recent.length > MAX_PER_SECOND) {
          k.peak = Math.max(k.peak, k.recent.length);
          k.evidence.add(event.id);
        }
        return true;
      },
      findings() {
        const out: Finding[] = [];
        for (const [name, k] of keys) {
          if (!k.peak) continue;
          out.push({
            rule: 'storage-writes',
            key: name,
            severity: k.peak > 20 ? 'high' : 'medium',
            title: `Storage written too often: ${k.label}`,
            explanation: `${k.label} was written ${k.peak} times within one second (${k.writes} writes in all): every write serializes the value on the main thread, so persistence should be throttled.`,
            evidence: k.evidence.list(),
            fix: guideSection('batching-writes'),
          });
        }
        return out;
      },
    };
  },
};
