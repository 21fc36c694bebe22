/**
 * Denormalized entities: the same entity (same id, same shape) stored in two places of a Redux
 * store, so an update to one copy leaves the other stale. Reads the entity places the redux
 * probe reports per changed slice. RTK Query's cache is left out: it keeps one copy per endpoint
 * and argument by design, and tags keep them in sync.
 */
import { guideSection, type Analyzer, type Finding, type Rule } from './types.ts';
import type { EntityPlace } from '../../../../playground/protocol/events.ts';

const RTK_QUERY_PATH = /^[^.]+\.(queries|mutations)\./;

export const denormalizedEntities: Rule = {
  id: 'denormalized-entities',
  title: 'One entity stored in two places',
  create(): Analyzer {
    /** Latest places per store and slice, and the event that reported them. */
    const slices = new Map<string, { store: string; places: EntityPlace[]; event: number }>();
    let cached: Finding[] | undefined;
    return {
      add(event) {
        if (event.source !== 'redux' || !event.meta?.slices) return false;
        for (const [name, stats] of Object.entries(event.meta.slices)) {
          const places = (stats.entities ?? []).filter((p) => !RTK_QUERY_PATH.test(p.path));
          const key = `${event.meta.store} ${name}`;
          if (places.length) slices.set(key, { store: event.meta.store, places, event: event.id });
          else slices.delete(key);
        }
        cached = undefined;
        return true;
      },
      findings() {
        if (cached) return cached;
        // shape → id → where it was seen
        const seen = new Map<string, Map<string | number, { path: string; event: number }[]>>();
        for (const { store, places, event } of slices.values()) {
          for (const place of places) {
            const shape = `${store} ${place.shape}`;
            let ids = seen.get(shape);
            if (!ids) seen.set(shape, (ids = new Map()));
            for (const id of place.ids) {
              let where = ids.get(id);
              if (!where) ids.set(id, (where = []));
              if (!where.some((w) => w.path === place.path)) where.push({ path: place.path, event });
            }
          }
        }
        const byPaths = new Map<string, { ids: (string | number)[]; paths: string[]; events: Set<number> }>();
        for (const ids of seen.values()) {
          for (const [id, where] of ids) {
            if (where.length < 2) continue;
            const paths = where.map((w) => w.path).sort();
            const key = paths.join(' & ');
            let entry = byPaths.get(key);
            if (!entry) byPaths.set(key, (entry = { ids: [], paths, events: new Set() }));
            entry.ids.push(id);
            for (const w of where) entry.events.add(w.event);
          }
        }
        cached = [...byPaths].map(
          ([key, entry]): Finding => ({
            rule: 'denormalized-entities',
            key,
            severity: 'medium',
            title: `Same entity in ${entry.paths.length} places`,
            explanation: `${entry.ids.length === 1 ? 'Entity' : 'Entities'} ${entry.ids
              .slice(0, 3)
              .map((id) => JSON.stringify(id))
              .join(', ')}${entry.ids.length > 3 ? ', …' : ''} ${entry.ids.length === 1 ? 'is' : 'are'} stored in both ${entry.paths.join(' and ')}, so an update to one copy leaves the other out of date.`,
            evidence: [...entry.events].sort((a, b) => a - b),
            fix: guideSection('normalized-state'),
          }),
        );
        return cached;
      },
    };
  },
};
