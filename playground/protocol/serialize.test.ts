import { describe, expect, it } from 'vitest';
import { isSerialized, preview, serialize, DEFAULT_SERIALIZE_LIMITS } from './serialize.ts';

describe('serialize', () => {
  it('keeps JSON values as they are', () => {
    const value = { a: 1, b: 'x', c: [true, null, { d: 2.5 }] };
    expect(serialize(value)).toEqual(value);
  });

  it('marks circular references with the path of the ancestor they point to', () => {
    const root: Record<string, unknown> = { name: 'root', child: { name: 'child' } };
    (root.child as Record<string, unknown>).parent = root;
    (root.child as Record<string, unknown>).self = root.child;
    const out = serialize(root) as Record<string, Record<string, unknown>>;
    expect(out.child!.parent).toEqual({ $type: 'circular', path: '$' });
    expect(out.child!.self).toEqual({ $type: 'circular', path: '$.child' });
  });

  it('serializes a shared (non-circular) reference twice instead of calling it circular', () => {
    const shared = { x: 1 };
    expect(serialize({ a: shared, b: shared })).toEqual({ a: { x: 1 }, b: { x: 1 } });
  });

  it('describes functions, undefined, bigint, symbols and special numbers', () => {
    function namedFn() {}
    const out = serialize({
      fn: namedFn,
      arrow: () => 1,
      u: undefined,
      big: 12345678901234567890n,
      sym: Symbol('token'),
      nan: NaN,
      inf: -Infinity,
      negZero: -0,
    });
    expect(out).toEqual({
      fn: { $type: 'function', name: 'namedFn' },
      arrow: { $type: 'function', name: 'arrow' },
      u: { $type: 'undefined' },
      big: { $type: 'bigint', value: '12345678901234567890' },
      sym: { $type: 'symbol', description: 'token' },
      nan: { $type: 'number', value: 'NaN' },
      inf: { $type: 'number', value: '-Infinity' },
      negZero: { $type: 'number', value: '-0' },
    });
  });

  it('keeps the class name of instances, and handles Date, RegExp, Error, Map and Set', () => {
    class Point {
      constructor(
        public x: number,
        public y: number,
      ) {}
    }
    const err = new TypeError('bad input');
    const out = serialize({
      point: new Point(1, 2),
      when: new Date('2026-01-02T03:04:05.000Z'),
      invalid: new Date(NaN),
      re: /ab+c/gi,
      err,
      map: new Map<unknown, unknown>([
        ['a', 1],
        [{ k: 1 }, 'obj key'],
      ]),
      set: new Set([1, 'two']),
    }) as Record<string, unknown>;
    expect(out.point).toEqual({ $type: 'instance', className: 'Point', value: { x: 1, y: 2 } });
    expect(out.when).toEqual({ $type: 'date', iso: '2026-01-02T03:04:05.000Z' });
    expect(out.invalid).toEqual({ $type: 'date', iso: 'Invalid Date' });
    expect(out.re).toEqual({ $type: 'regexp', source: 'ab+c', flags: 'gi' });
    expect(out.err).toMatchObject({ $type: 'error', name: 'TypeError', message: 'bad input' });
    expect(out.map).toEqual({
      $type: 'map',
      size: 2,
      entries: [
        ['a', 1],
        [{ k: 1 }, 'obj key'],
      ],
    });
    expect(out.set).toEqual({ $type: 'set', size: 2, values: [1, 'two'] });
  });

  it('truncates very large arrays, objects, maps and strings and reports their size', () => {
    const bigArray = Array.from({ length: 100_000 }, (_, i) => i);
    const bigObject: Record<string, number> = {};
    for (let i = 0; i < 500; i++) bigObject[`k${i}`] = i;
    const bigMap = new Map(Array.from({ length: 10_000 }, (_, i) => [i, i] as const));
    const longString = 'x'.repeat(50_000);
    const out = serialize({ bigArray, bigObject, bigMap, longString }, { maxNodes: 10_000 }) as Record<string, Record<string, unknown>>;
    expect(out.bigArray).toMatchObject({ $truncated: true, kind: 'array', reason: 'size', size: 100_000 });
    expect(out.bigArray!.preview).toHaveLength(DEFAULT_SERIALIZE_LIMITS.maxItems);
    expect(out.bigObject).toMatchObject({ $truncated: true, kind: 'object', size: 500 });
    expect(Object.keys(out.bigObject!.preview as object)).toHaveLength(DEFAULT_SERIALIZE_LIMITS.maxKeys);
    expect(out.bigMap).toMatchObject({ $truncated: true, kind: 'map', size: 10_000 });
    expect(out.longString).toMatchObject({ $truncated: true, kind: 'string', size: 50_000 });
    expect((out.longString!.preview as string).length).toBe(DEFAULT_SERIALIZE_LIMITS.maxString);
  });

  it('reads only a bounded number of elements of a huge array (cost bounded by the limits)', () => {
    let reads = 0;
    const huge = new Proxy(new Array<number>(1_000_000).fill(7), {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const out = serialize(huge, { maxItems: 10 });
    expect(out).toMatchObject({ $truncated: true, size: 1_000_000 });
    expect(reads).toBe(10);
  });

  it('stops at the node budget however wide and deep the input is', () => {
    const wide = Array.from({ length: 40 }, () => Array.from({ length: 40 }, () => ({ a: 1, b: [1, 2, 3] })));
    let visited = 0;
    const count = (x: unknown): void => {
      visited++;
      if (x && typeof x === 'object') for (const v of Object.values(x)) count(v);
    };
    const out = serialize(wide, { maxNodes: 100, maxItems: 40 });
    count(out);
    expect(visited).toBeLessThan(400);
    expect(JSON.stringify(out)).toContain('"reason":"budget"');
  });

  it('cuts nesting at maxDepth', () => {
    const deep = { a: { b: { c: { d: { e: 1 } } } } };
    expect(serialize(deep, { maxDepth: 2 })).toEqual({ a: { b: { $truncated: true, kind: 'object', reason: 'depth' } } });
  });

  it('wraps user objects that use the reserved $type key so they are not mistaken for ours', () => {
    const out = serialize({ $type: 'function', name: 'not really' });
    expect(out).toEqual({ $type: 'object', value: { $type: 'function', name: 'not really' } });
  });

  it('survives throwing getters and revoked proxies', () => {
    const obj = {
      ok: 1,
      get boom(): number {
        throw new Error('nope');
      },
    };
    const { proxy, revoke } = Proxy.revocable({ a: 1 }, {});
    revoke();
    const out = serialize({ obj, proxy }) as Record<string, Record<string, unknown>>;
    expect(out.obj).toEqual({ ok: 1, boom: { $type: 'unreadable', message: 'nope' } });
    expect(out.proxy).toMatchObject({ $type: 'unreadable' });
  });

  it('produces JSON-safe output that survives a JSON round trip and passes isSerialized', () => {
    const root: Record<string, unknown> = { n: NaN, u: undefined, d: new Date(0), m: new Map([[1, { x: 1n }]]) };
    root.self = root;
    const out = serialize(root);
    expect(isSerialized(out)).toBe(true);
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });
});

describe('isSerialized', () => {
  it('rejects functions, class instances, non-finite numbers and over-deep input', () => {
    expect(isSerialized({ f: () => 1 })).toBe(false);
    expect(isSerialized(new Map())).toBe(false);
    expect(isSerialized({ n: NaN })).toBe(false);
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 100; i++) deep = deep.next = {};
    expect(isSerialized(root)).toBe(false);
  });
});

describe('preview', () => {
  it('summarizes values on one short line', () => {
    expect(preview({ id: 1, title: 'Buy milk' })).toBe('{ id: 1, title: "Buy milk" }');
    expect(preview(Array.from({ length: 120 }))).toBe('[120 items]');
    expect(preview('x'.repeat(500), 20)).toHaveLength(20);
    expect(preview(new Map([[1, 2]]))).toBe('Map(1)');
  });
});
