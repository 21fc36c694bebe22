/**
 * Safe serializer: turns any value the reader's code produces into a JSON-safe tree that can
 * cross `postMessage` and be rendered by the Visualizer.
 *
 * Cost is bounded by the limits, not by the input: every value visited costs one unit of
 * `maxNodes`, arrays are read up to `maxItems` (their `length` is O(1)), Map/Set iterators stop
 * after `maxItems`, strings are sliced. The one native cost we cannot bound from JavaScript is
 * enumerating the keys of a plain object (`Object.keys`, like `for…in`, is O(number of keys) in
 * V8 even when we only keep the first `maxKeys`), so probes never hand whole states to the
 * serializer on a hot path: they keep references and diff lazily (see `diff.ts`).
 *
 * Special values are objects with a `$type` discriminator; values cut by a limit carry
 * `$truncated: true` with their `size` when it is known. A user object that itself has a
 * `$type` or `$truncated` key is wrapped as `{ $type: 'object', value }` so it can't be mistaken
 * for one of ours.
 */

export type SerializedPrimitive = null | boolean | number | string;

export interface SerializedObject {
  [key: string]: Serialized;
}

export type Serialized = SerializedPrimitive | Serialized[] | SerializedObject;

/** The special shapes `serialize` produces (all are `SerializedObject`s, so they stay JSON-safe). */
export type SerializedSpecial =
  | { $type: 'undefined' }
  | { $type: 'number'; value: 'NaN' | 'Infinity' | '-Infinity' | '-0' }
  | { $type: 'bigint'; value: string }
  | { $type: 'symbol'; description: string }
  | { $type: 'function'; name: string }
  | { $type: 'date'; iso: string }
  | { $type: 'regexp'; source: string; flags: string }
  | { $type: 'error'; name: string; message: string; stack?: string }
  | { $type: 'map'; size: number; entries: [Serialized, Serialized][] }
  | { $type: 'set'; size: number; values: Serialized[] }
  | { $type: 'circular'; path: string }
  | { $type: 'instance'; className: string; value?: Serialized }
  | { $type: 'promise' }
  | { $type: 'binary'; className: string; byteLength: number }
  | { $type: 'dom'; name: string }
  | { $type: 'react-element'; name: string }
  | { $type: 'object'; value: SerializedObject }
  | { $type: 'unreadable'; message: string };

export interface SerializedTruncated {
  $truncated: true;
  /** What was cut: 'string', 'array', 'object', 'map', 'set', or 'value' when unknown. */
  kind: string;
  /** Why it was cut. */
  reason: 'size' | 'depth' | 'budget';
  /** Length / key count / size of the original, when known without an unbounded walk. */
  size?: number;
  className?: string;
  preview?: Serialized;
}

export interface SerializeOptions {
  /** Nesting depth below which containers are replaced by a truncation marker. */
  maxDepth?: number;
  /** Keys kept per object. */
  maxKeys?: number;
  /** Items kept per array / Map / Set. */
  maxItems?: number;
  /** Characters kept per string. */
  maxString?: number;
  /** Total values visited; bounds the whole call. */
  maxNodes?: number;
}

export const DEFAULT_SERIALIZE_LIMITS: Required<SerializeOptions> = {
  maxDepth: 6,
  maxKeys: 50,
  maxItems: 50,
  maxString: 1000,
  maxNodes: 1000,
};

interface Ctx {
  limits: Required<SerializeOptions>;
  nodes: number;
  ancestors: object[];
  path: string[];
}

const hasOwn = Object.prototype.hasOwnProperty;

function safeClassName(value: object): string {
  try {
    const proto = Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null;
    if (proto === null) return 'Object';
    const name = proto.constructor?.name;
    return typeof name === 'string' && name ? name : 'Object';
  } catch {
    return 'Object';
  }
}

function isPlainObjectLike(value: object): boolean {
  try {
    const proto = Object.getPrototypeOf(value);
    return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
  } catch {
    return false;
  }
}

function describeError(err: unknown): string {
  if (err instanceof Error) return err.message;
  try {
    return String(err);
  } catch {
    return 'unknown error';
  }
}

function serializeString(value: string, ctx: Ctx): Serialized {
  const max = ctx.limits.maxString;
  if (value.length <= max) return value;
  const out: SerializedTruncated = {
    $truncated: true,
    kind: 'string',
    reason: 'size',
    size: value.length,
    preview: value.slice(0, max),
  };
  return out as unknown as Serialized;
}

function special(s: SerializedSpecial): Serialized {
  return s as unknown as Serialized;
}

function truncated(t: SerializedTruncated): Serialized {
  return t as unknown as Serialized;
}

function readProp(obj: object, key: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: (obj as Record<string, unknown>)[key] };
  } catch (err) {
    return { ok: false, message: describeError(err) };
  }
}

const REACT_ELEMENT_TYPES = new Set(['Symbol(react.element)', 'Symbol(react.transitional.element)']);

function reactElementName(value: object): string | undefined {
  let tag: unknown;
  try {
    tag = (value as { $$typeof?: unknown }).$$typeof;
  } catch {
    return undefined;
  }
  if (typeof tag !== 'symbol' || !REACT_ELEMENT_TYPES.has(String(tag))) return undefined;
  const type = (value as { type?: unknown }).type;
  if (typeof type === 'string') return type;
  if (typeof type === 'function') {
    const fn = type as { displayName?: unknown; name?: unknown };
    if (typeof fn.displayName === 'string') return fn.displayName;
    if (typeof fn.name === 'string' && fn.name) return fn.name;
  }
  if (type && typeof type === 'object') {
    const t = type as { displayName?: unknown };
    if (typeof t.displayName === 'string') return t.displayName;
  }
  return 'Anonymous';
}

function domNodeName(value: object): string | undefined {
  const NodeCtor = (globalThis as { Node?: unknown }).Node;
  if (typeof NodeCtor !== 'function') return undefined;
  try {
    if (value instanceof (NodeCtor as new () => object)) {
      const n = value as { nodeName?: unknown; id?: unknown };
      const id = typeof n.id === 'string' && n.id ? `#${n.id}` : '';
      return `${String(n.nodeName ?? 'node').toLowerCase()}${id}`;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

function serializeObjectEntries(value: object, ctx: Ctx, depth: number): Serialized {
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch (err) {
    return special({ $type: 'unreadable', message: describeError(err) });
  }
  const max = ctx.limits.maxKeys;
  const out: SerializedObject = {};
  let reserved = false;
  const n = Math.min(keys.length, max);
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    if (key === '$type' || key === '$truncated') reserved = true;
    if (ctx.nodes >= ctx.limits.maxNodes) {
      out[key] = truncated({ $truncated: true, kind: 'value', reason: 'budget' });
      continue;
    }
    const read = readProp(value, key);
    ctx.path.push(key);
    out[key] = read.ok ? walk(read.value, ctx, depth + 1) : special({ $type: 'unreadable', message: read.message });
    ctx.path.pop();
  }
  const body: SerializedObject = reserved ? (special({ $type: 'object', value: out }) as SerializedObject) : out;
  if (keys.length > max) {
    return truncated({ $truncated: true, kind: 'object', reason: 'size', size: keys.length, preview: body });
  }
  return body;
}

function walk(value: unknown, ctx: Ctx, depth: number): Serialized {
  ctx.nodes++;
  switch (typeof value) {
    case 'string':
      return serializeString(value, ctx);
    case 'number':
      if (Number.isNaN(value)) return special({ $type: 'number', value: 'NaN' });
      if (value === Infinity) return special({ $type: 'number', value: 'Infinity' });
      if (value === -Infinity) return special({ $type: 'number', value: '-Infinity' });
      if (Object.is(value, -0)) return special({ $type: 'number', value: '-0' });
      return value;
    case 'boolean':
      return value;
    case 'undefined':
      return special({ $type: 'undefined' });
    case 'bigint':
      return special({ $type: 'bigint', value: value.toString() });
    case 'symbol':
      return special({ $type: 'symbol', description: value.description ?? '' });
    case 'function': {
      let name = '';
      try {
        name = typeof value.name === 'string' ? value.name : '';
      } catch {
        name = '';
      }
      return special({ $type: 'function', name: name || 'anonymous' });
    }
    default:
      break;
  }
  if (value === null) return null;
  const ancestorsMark = ctx.ancestors.length;
  const pathMark = ctx.path.length;
  try {
    return walkObject(value as object, ctx, depth);
  } catch (err) {
    ctx.ancestors.length = ancestorsMark;
    ctx.path.length = pathMark;
    // Revoked proxies (e.g. a stale Immer draft) throw on any inspection.
    return special({ $type: 'unreadable', message: describeError(err) });
  }
}

function walkObject(obj: object, ctx: Ctx, depth: number): Serialized {
  // Circular reference: an ancestor on the current path.
  const ancestorIndex = ctx.ancestors.indexOf(obj);
  if (ancestorIndex !== -1) {
    return special({ $type: 'circular', path: ['$', ...ctx.path.slice(0, ancestorIndex)].join('.') });
  }

  if (Array.isArray(obj)) {
    const length = obj.length;
    if (depth >= ctx.limits.maxDepth) {
      return truncated({ $truncated: true, kind: 'array', reason: 'depth', size: length });
    }
    const n = Math.min(length, ctx.limits.maxItems);
    const items: Serialized[] = [];
    ctx.ancestors.push(obj);
    for (let i = 0; i < n; i++) {
      if (ctx.nodes >= ctx.limits.maxNodes) {
        items.push(truncated({ $truncated: true, kind: 'value', reason: 'budget' }));
        break;
      }
      ctx.path.push(String(i));
      const read = readProp(obj, String(i));
      items.push(read.ok ? walk(read.value, ctx, depth + 1) : special({ $type: 'unreadable', message: read.message }));
      ctx.path.pop();
    }
    ctx.ancestors.pop();
    if (length > n || items.length < n) {
      return truncated({
        $truncated: true,
        kind: 'array',
        reason: length > ctx.limits.maxItems ? 'size' : 'budget',
        size: length,
        preview: items,
      });
    }
    return items;
  }

  if (obj instanceof Date) {
    const t = obj.getTime();
    return special({ $type: 'date', iso: Number.isNaN(t) ? 'Invalid Date' : obj.toISOString() });
  }
  if (obj instanceof RegExp) return special({ $type: 'regexp', source: obj.source, flags: obj.flags });
  if (obj instanceof Error) {
    const out: { $type: 'error'; name: string; message: string; stack?: string } = {
      $type: 'error',
      name: String(obj.name),
      message: String(obj.message),
    };
    if (typeof obj.stack === 'string') out.stack = obj.stack.slice(0, ctx.limits.maxString);
    return special(out);
  }
  if (typeof (obj as { then?: unknown }).then === 'function' && obj instanceof Promise) {
    return special({ $type: 'promise' });
  }
  if (obj instanceof ArrayBuffer) return special({ $type: 'binary', className: 'ArrayBuffer', byteLength: obj.byteLength });
  if (ArrayBuffer.isView(obj)) {
    return special({ $type: 'binary', className: safeClassName(obj), byteLength: obj.byteLength });
  }
  if (obj instanceof WeakMap || obj instanceof WeakSet) {
    return special({ $type: 'instance', className: obj instanceof WeakMap ? 'WeakMap' : 'WeakSet' });
  }
  const element = reactElementName(obj);
  if (element !== undefined) return special({ $type: 'react-element', name: element });
  const dom = domNodeName(obj);
  if (dom !== undefined) return special({ $type: 'dom', name: dom });

  if (obj instanceof Map || obj instanceof Set) {
    const isMap = obj instanceof Map;
    const size = obj.size;
    if (depth >= ctx.limits.maxDepth) {
      return truncated({ $truncated: true, kind: isMap ? 'map' : 'set', reason: 'depth', size });
    }
    const max = ctx.limits.maxItems;
    ctx.ancestors.push(obj);
    let i = 0;
    let cut = false;
    if (isMap) {
      const entries: [Serialized, Serialized][] = [];
      for (const [k, v] of obj as Map<unknown, unknown>) {
        if (i >= max || ctx.nodes >= ctx.limits.maxNodes) {
          cut = true;
          break;
        }
        const label = typeof k === 'string' ? k : `#${i}`;
        ctx.path.push(label);
        entries.push([walk(k, ctx, depth + 1), walk(v, ctx, depth + 1)]);
        ctx.path.pop();
        i++;
      }
      ctx.ancestors.pop();
      const out = special({ $type: 'map', size, entries });
      return cut ? truncated({ $truncated: true, kind: 'map', reason: 'size', size, preview: out }) : out;
    }
    const values: Serialized[] = [];
    for (const v of obj as Set<unknown>) {
      if (i >= max || ctx.nodes >= ctx.limits.maxNodes) {
        cut = true;
        break;
      }
      ctx.path.push(`#${i}`);
      values.push(walk(v, ctx, depth + 1));
      ctx.path.pop();
      i++;
    }
    ctx.ancestors.pop();
    const out = special({ $type: 'set', size, values });
    return cut ? truncated({ $truncated: true, kind: 'set', reason: 'size', size, preview: out }) : out;
  }

  if (obj instanceof URL) return special({ $type: 'instance', className: 'URL', value: obj.href });

  const plain = isPlainObjectLike(obj);
  if (depth >= ctx.limits.maxDepth) {
    const t: SerializedTruncated = { $truncated: true, kind: 'object', reason: 'depth' };
    if (!plain) t.className = safeClassName(obj);
    return truncated(t);
  }
  ctx.ancestors.push(obj);
  const body = serializeObjectEntries(obj, ctx, depth);
  ctx.ancestors.pop();
  if (plain) return body;
  return special({ $type: 'instance', className: safeClassName(obj), value: body });
}

/** Serialize any value to a JSON-safe tree, bounded by `options` (see the module comment). */
export function serialize(value: unknown, options?: SerializeOptions): Serialized {
  const ctx: Ctx = {
    limits: options ? { ...DEFAULT_SERIALIZE_LIMITS, ...options } : DEFAULT_SERIALIZE_LIMITS,
    nodes: 0,
    ancestors: [],
    path: [],
  };
  return walk(value, ctx, 0);
}

/** Whether a serialized node is one of the `$type` specials. */
export function isSerializedSpecial(x: Serialized): x is Serialized & SerializedSpecial {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && typeof (x as SerializedObject).$type === 'string';
}

/** Whether a serialized node is a truncation marker. */
export function isSerializedTruncated(x: Serialized): x is Serialized & SerializedTruncated {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && (x as SerializedObject).$truncated === true;
}

/**
 * A one-line human summary of a value (for event labels), e.g. `{ id: 1, title: "Buy milk" }`,
 * `[120 items]`, `"text"`. Bounded like `serialize`.
 */
export function preview(value: unknown, maxLength = 60): string {
  const text = previewInner(value, 0);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

function previewInner(value: unknown, depth: number): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value) + (typeof value === 'bigint' ? 'n' : '');
    case 'undefined':
      return 'undefined';
    case 'symbol':
      return value.toString();
    case 'function':
      return `ƒ ${value.name || 'anonymous'}`;
    default:
      break;
  }
  if (value === null) return 'null';
  try {
    if (Array.isArray(value)) {
      if (depth > 1 || value.length > 3) return `[${value.length} item${value.length === 1 ? '' : 's'}]`;
      return `[${value.map((v: unknown) => previewInner(v, depth + 1)).join(', ')}]`;
    }
    if (value instanceof Map) return `Map(${value.size})`;
    if (value instanceof Set) return `Set(${value.size})`;
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    if (value instanceof Promise) return 'Promise';
    const obj = value as Record<string, unknown>;
    const name = isPlainObjectLike(obj) ? '' : `${safeClassName(obj)} `;
    if (depth > 1) return `${name}{…}`;
    const parts: string[] = [];
    let count = 0;
    for (const key in obj) {
      if (!hasOwn.call(obj, key)) continue;
      if (count === 4) {
        parts.push('…');
        break;
      }
      parts.push(`${key}: ${previewInner(obj[key], depth + 1)}`);
      count++;
    }
    return `${name}{ ${parts.join(', ')} }`.replace('{  }', '{}');
  } catch {
    return '<unreadable>';
  }
}

/**
 * Bounded structural check that `x` is a JSON-safe tree (what `serialize` produces), used when
 * validating messages from an untrusted frame. Gives up (returns false) past `budget` nodes.
 */
export function isSerialized(x: unknown, budget = 100_000, maxDepth = 64): boolean {
  let nodes = 0;
  const check = (v: unknown, depth: number): boolean => {
    if (++nodes > budget || depth > maxDepth) return false;
    if (v === null) return true;
    switch (typeof v) {
      case 'string':
      case 'boolean':
        return true;
      case 'number':
        return Number.isFinite(v);
      case 'object': {
        if (Array.isArray(v)) {
          for (const item of v) if (!check(item, depth + 1)) return false;
          return true;
        }
        const proto = Object.getPrototypeOf(v);
        if (proto !== Object.prototype && proto !== null) return false;
        for (const key of Object.keys(v as object)) {
          const item = (v as Record<string, unknown>)[key];
          // An own property set to undefined is an absent optional field once JSON-encoded.
          if (item !== undefined && !check(item, depth + 1)) return false;
        }
        return true;
      }
      default:
        return false;
    }
  };
  return check(x, 0);
}
