/**
 * What the redux probe measures of the slices an action changed: the slice's size as JSON, and
 * where objects with an `id` sit in it (so the page can see one entity stored in two places).
 *
 * One walk per changed slice, bounded by a node budget: a slice too large to walk is reported
 * with the size counted so far and `partial`, which is already past any sensible threshold.
 */
import type { EntityPlace, SliceStats } from '../protocol/events.ts';

export interface StateStatsOptions {
  /** Nodes visited per slice before the walk stops. Default 50,000. */
  maxNodes?: number;
  /** Ids kept per place. Default 50. */
  maxIds?: number;
  /** Places kept per slice. Default 20. */
  maxPlaces?: number;
}

const hasOwn = Object.prototype.hasOwnProperty;

function isEntityId(x: unknown): x is string | number {
  return (typeof x === 'string' && x.length > 0) || (typeof x === 'number' && Number.isFinite(x));
}

/** JSON length of a primitive, as `JSON.stringify` would write it (strings approximated by their length + quotes). */
function primitiveSize(x: unknown): number {
  switch (typeof x) {
    case 'string':
      return x.length + 2;
    case 'number':
      return Number.isFinite(x) ? String(x).length : 4;
    case 'boolean':
      return x ? 4 : 5;
    default:
      return 4; // null, and what JSON drops or turns into null
  }
}

/** Size and entity places of one slice; `root` is the slice's key, the start of every path. */
export function sliceStats(value: unknown, root: string, options: StateStatsOptions = {}): SliceStats {
  const maxNodes = options.maxNodes ?? 50_000;
  const maxIds = options.maxIds ?? 50;
  const maxPlaces = options.maxPlaces ?? 20;
  const places = new Map<string, { place: EntityPlace; seen: Set<string | number> }>();
  let nodes = 0;
  let partial = false;
  /** Objects on the current path: a cycle stops there. A shared object is walked at each place, as JSON writes it. */
  const ancestors = new Set<object>();

  const visit = (x: unknown, path: string): number => {
    if (++nodes > maxNodes) {
      partial = true;
      return 0;
    }
    if (typeof x !== 'object' || x === null) return primitiveSize(x);
    if (ancestors.has(x)) return 0;
    ancestors.add(x);
    try {
      return Array.isArray(x) ? visitArray(x, path) : visitObject(x as Record<string, unknown>, path);
    } finally {
      ancestors.delete(x);
    }
  };

  const visitArray = (x: unknown[], path: string): number => {
    let size = 2 + Math.max(0, x.length - 1);
    for (const item of x) {
      if (partial) break;
      size += visit(item, `${path}[]`);
    }
    return size;
  };

  const visitObject = (record: Record<string, unknown>, path: string): number => {
    const keys = Object.keys(record);
    if (hasOwn.call(record, 'id') && isEntityId(record.id) && keys.length > 1) note(record.id, keys, path);
    let size = 2 + Math.max(0, keys.length - 1);
    for (const key of keys) {
      if (partial) break;
      const child = record[key];
      // A key that is the child's own id (`entities: { t1: { id: 't1' } }`) is not a place.
      const childId = child && typeof child === 'object' ? (child as { id?: unknown }).id : undefined;
      const step = isEntityId(childId) && String(childId) === key ? '{}' : key;
      size += key.length + 3 + visit(child, `${path}.${step}`);
    }
    return size;
  };

  const note = (id: string | number, keys: string[], path: string) => {
    const shape = [...keys].sort().join(',');
    const where = `${path}|${shape}`;
    let entry = places.get(where);
    if (!entry) {
      if (places.size >= maxPlaces) return;
      entry = { place: { path, shape, ids: [] }, seen: new Set() };
      places.set(where, entry);
    }
    if (entry.place.ids.length < maxIds && !entry.seen.has(id)) {
      entry.seen.add(id);
      entry.place.ids.push(id);
    }
  };

  const bytes = visit(value, root);
  const stats: SliceStats = { bytes };
  if (partial) stats.partial = true;
  if (places.size) stats.entities = [...places.values()].map((e) => e.place);
  return stats;
}

/** Stats of `keys` of a state object (the slices an action changed). */
export function statsOfSlices(state: unknown, keys: readonly string[], options?: StateStatsOptions): Record<string, SliceStats> | undefined {
  if (!state || typeof state !== 'object' || keys.length === 0) return undefined;
  const out: Record<string, SliceStats> = {};
  for (const key of keys) out[key] = sliceStats((state as Record<string, unknown>)[key], key, options);
  return out;
}
