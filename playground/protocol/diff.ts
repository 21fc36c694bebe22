/**
 * Structural diff between two immutable values.
 *
 * It leans on structural sharing: it recurses ONLY where `prev !== next`. An unchanged subtree is
 * the same reference in both trees, so it is skipped without reading a single property of it — the
 * cost grows with what changed, not with the size of the state. (Inside a changed object it does
 * enumerate that object's keys to find which children changed; for a 100,000-entity `entities`
 * map that is one key walk per changed level, done only when the page asks for the diff.)
 *
 * Values in entries are serialized with small limits, and the number of entries is capped.
 */
import { serialize, type Serialized, type SerializeOptions } from './serialize.ts';

export type DiffKind = 'added' | 'removed' | 'changed';

export interface DiffEntry {
  path: string[];
  kind: DiffKind;
  before?: Serialized;
  after?: Serialized;
}

export interface DiffOptions {
  /** Maximum number of entries; past it the diff stops and reports `truncated`. Default 200. */
  maxEntries?: number;
  /** Below this depth a changed subtree is reported as one 'changed' entry. Default 32. */
  maxDepth?: number;
  /** Limits used to serialize `before` / `after`. */
  serialize?: SerializeOptions;
}

export interface DiffResult {
  entries: DiffEntry[];
  /** True when `maxEntries` cut the diff short. */
  truncated: boolean;
}

const VALUE_LIMITS: SerializeOptions = { maxDepth: 4, maxKeys: 20, maxItems: 20, maxString: 300, maxNodes: 200 };

type Kind = 'array' | 'object' | 'map' | 'set' | 'date' | 'other';

function kindOf(v: unknown): Kind {
  if (v === null || typeof v !== 'object') return 'other';
  if (Array.isArray(v)) return 'array';
  if (v instanceof Map) return 'map';
  if (v instanceof Set) return 'set';
  if (v instanceof Date) return 'date';
  const proto = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) return 'object';
  // Class instances: compare own enumerable fields when both share the prototype.
  return 'object';
}

const hasOwn = Object.prototype.hasOwnProperty;

class Differ {
  readonly entries: DiffEntry[] = [];
  truncated = false;
  private readonly maxEntries: number;
  private readonly maxDepth: number;
  private readonly limits: SerializeOptions;

  constructor(options: DiffOptions | undefined) {
    this.maxEntries = options?.maxEntries ?? 200;
    this.maxDepth = options?.maxDepth ?? 32;
    this.limits = { ...VALUE_LIMITS, ...options?.serialize };
  }

  private full(): boolean {
    if (this.entries.length >= this.maxEntries) {
      this.truncated = true;
      return true;
    }
    return false;
  }

  private push(path: string[], kind: DiffKind, before: unknown, after: unknown): void {
    if (this.full()) return;
    const entry: DiffEntry = { path: path.slice(), kind };
    if (kind !== 'added') entry.before = serialize(before, this.limits);
    if (kind !== 'removed') entry.after = serialize(after, this.limits);
    this.entries.push(entry);
  }

  walk(prev: unknown, next: unknown, path: string[]): void {
    // Structural sharing: same reference (or same primitive) ⇒ nothing below changed.
    if (Object.is(prev, next)) return;
    if (this.full()) return;
    const kp = kindOf(prev);
    const kn = kindOf(next);
    if (kp !== kn || kp === 'other' || path.length >= this.maxDepth) {
      this.push(path, 'changed', prev, next);
      return;
    }
    switch (kp) {
      case 'date':
        if ((prev as Date).getTime() !== (next as Date).getTime()) this.push(path, 'changed', prev, next);
        return;
      case 'array':
        this.walkArray(prev as unknown[], next as unknown[], path);
        return;
      case 'map':
        this.walkMap(prev as Map<unknown, unknown>, next as Map<unknown, unknown>, path);
        return;
      case 'set':
        this.walkSet(prev as Set<unknown>, next as Set<unknown>, path);
        return;
      default:
        if (Object.getPrototypeOf(prev) !== Object.getPrototypeOf(next)) {
          this.push(path, 'changed', prev, next);
          return;
        }
        this.walkObject(prev as Record<string, unknown>, next as Record<string, unknown>, path);
    }
  }

  private walkArray(prev: unknown[], next: unknown[], path: string[]): void {
    const common = Math.min(prev.length, next.length);
    for (let i = 0; i < common; i++) {
      const a = prev[i];
      const b = next[i];
      if (Object.is(a, b)) continue;
      path.push(String(i));
      this.walk(a, b, path);
      path.pop();
      if (this.truncated) return;
    }
    for (let i = common; i < next.length; i++) {
      path.push(String(i));
      this.push(path, 'added', undefined, next[i]);
      path.pop();
      if (this.truncated) return;
    }
    for (let i = common; i < prev.length; i++) {
      path.push(String(i));
      this.push(path, 'removed', prev[i], undefined);
      path.pop();
      if (this.truncated) return;
    }
  }

  private walkObject(prev: Record<string, unknown>, next: Record<string, unknown>, path: string[]): void {
    for (const key of Object.keys(prev)) {
      path.push(key);
      if (!hasOwn.call(next, key)) {
        this.push(path, 'removed', prev[key], undefined);
      } else {
        const a = prev[key];
        const b = next[key];
        if (!Object.is(a, b)) this.walk(a, b, path);
      }
      path.pop();
      if (this.truncated) return;
    }
    for (const key of Object.keys(next)) {
      if (hasOwn.call(prev, key)) continue;
      path.push(key);
      this.push(path, 'added', undefined, next[key]);
      path.pop();
      if (this.truncated) return;
    }
  }

  private walkMap(prev: Map<unknown, unknown>, next: Map<unknown, unknown>, path: string[]): void {
    for (const [key, a] of prev) {
      path.push(mapKeyLabel(key));
      if (!next.has(key)) this.push(path, 'removed', a, undefined);
      else {
        const b = next.get(key);
        if (!Object.is(a, b)) this.walk(a, b, path);
      }
      path.pop();
      if (this.truncated) return;
    }
    for (const [key, b] of next) {
      if (prev.has(key)) continue;
      path.push(mapKeyLabel(key));
      this.push(path, 'added', undefined, b);
      path.pop();
      if (this.truncated) return;
    }
  }

  private walkSet(prev: Set<unknown>, next: Set<unknown>, path: string[]): void {
    for (const v of prev) {
      if (next.has(v)) continue;
      path.push('[value]');
      this.push(path, 'removed', v, undefined);
      path.pop();
      if (this.truncated) return;
    }
    for (const v of next) {
      if (prev.has(v)) continue;
      path.push('[value]');
      this.push(path, 'added', undefined, v);
      path.pop();
      if (this.truncated) return;
    }
  }
}

function mapKeyLabel(key: unknown): string {
  if (typeof key === 'string') return key;
  if (typeof key === 'number' || typeof key === 'boolean' || typeof key === 'bigint') return String(key);
  if (key === null || key === undefined) return String(key);
  if (typeof key === 'symbol') return key.toString();
  return '[object key]';
}

/** Structural diff of `prev` → `next` with entry details and whether the cap cut it short. */
export function diffDetailed(prev: unknown, next: unknown, options?: DiffOptions): DiffResult {
  const differ = new Differ(options);
  differ.walk(prev, next, []);
  return { entries: differ.entries, truncated: differ.truncated };
}

/**
 * Structural diff of `prev` → `next`: one entry per added / removed / changed leaf (or per
 * changed subtree whose type changed), recursing only into references that differ.
 */
export function diff(prev: unknown, next: unknown, options?: DiffOptions): DiffEntry[] {
  return diffDetailed(prev, next, options).entries;
}

/**
 * Cheap "what changed" summary for an event: the top-level keys (or array indexes) whose
 * reference changed. O(number of top-level keys), never deeper. Returns undefined when the
 * values aren't both objects/arrays of the same kind (the whole value changed), or when an array
 * is longer than `maxArray` (its indexes would cost O(length)).
 */
export function topLevelChanges(prev: unknown, next: unknown, maxPaths = 50, maxArray = 1000): string[] | undefined {
  if (Object.is(prev, next)) return [];
  if (prev === null || next === null || typeof prev !== 'object' || typeof next !== 'object') return undefined;
  const out: string[] = [];
  if (Array.isArray(prev) || Array.isArray(next)) {
    if (!Array.isArray(prev) || !Array.isArray(next)) return undefined;
    if (prev.length > maxArray || next.length > maxArray) return undefined;
    const n = Math.max(prev.length, next.length);
    for (let i = 0; i < n && out.length < maxPaths; i++) if (!Object.is(prev[i], next[i])) out.push(String(i));
    return out;
  }
  if (prev instanceof Map || next instanceof Map || prev instanceof Set || next instanceof Set) return undefined;
  const a = prev as Record<string, unknown>;
  const b = next as Record<string, unknown>;
  for (const key of Object.keys(b)) {
    if (out.length >= maxPaths) return out;
    if (!hasOwn.call(a, key) || !Object.is(a[key], b[key])) out.push(key);
  }
  for (const key of Object.keys(a)) {
    if (out.length >= maxPaths) return out;
    if (!hasOwn.call(b, key)) out.push(key);
  }
  return out;
}
