import { describe, expect, it } from 'vitest';
import { REFRESH_REG, REFRESH_SIG } from './refreshNames.ts';
import { transpileModule } from './transpile.ts';

interface Signature {
  type: unknown;
  key: string;
  forceReset: boolean;
  customHooks: unknown[];
}

/**
 * Transpiles `source` as the runtime does and evaluates it with recording registrations:
 * which components were registered under which names, and each function's hook signature.
 */
function evaluate(source: string, path = '/App.tsx', packages: Record<string, unknown> = {}) {
  const code = transpileModule(path, source);
  const registered: Record<string, unknown> = {};
  const signatures: Signature[] = [];
  const createSignature = () => (type?: unknown, key?: string, forceReset?: boolean, getCustomHooks?: () => unknown[]) => {
    if (typeof key === 'string') signatures.push({ type, key, forceReset: forceReset ?? false, customHooks: getCustomHooks?.() ?? [] });
    return type;
  };
  const jsx = { jsxDEV: (type: unknown, props: unknown) => ({ type, props }) };
  const hooks = { useState: (v: unknown) => [v, () => {}], useEffect: () => {}, useRef: (v: unknown) => ({ current: v }), memo: (f: unknown) => ({ $$typeof: Symbol.for('react.memo'), type: f }) };
  const require = (specifier: string) => (specifier === 'react/jsx-dev-runtime' ? jsx : specifier === 'react' ? hooks : packages[specifier]);
  const module = { exports: {} as Record<string, unknown> };
  new Function('require', 'module', 'exports', '__statelabLoopGuard', REFRESH_REG, REFRESH_SIG, code)(
    require,
    module,
    module.exports,
    () => {},
    (type: unknown, name: string) => (registered[name] = type),
    createSignature,
  );
  const signatureOf = (type: unknown) => signatures.find((s) => s.type === type);
  return { code, exports: module.exports, registered, signatures, signatureOf };
}

describe('Fast Refresh registration transform', () => {
  it('registers components declared as functions, arrow functions and memo() calls, by name, and nothing else', () => {
    const { exports, registered } = evaluate(
      [
        "import { memo } from 'react';",
        'export default function App() { return <Row />; }',
        'export const Row = memo(function Row() { return <i />; });',
        'export const Badge = () => <b />;',
        'const Panel = function () { return null; };',
        'function helper() { return 1; }',
        'export const LIMIT = 3;',
        'const Config = { a: 1 };',
      ].join('\n'),
    );
    expect(Object.keys(registered).sort()).toEqual(['App', 'Badge', 'Panel', 'Row']);
    expect(registered.App).toBe(exports.default);
    expect(registered.Row).toBe(exports.Row);
    expect(registered.Badge).toBe(exports.Badge);
    // The arrow function keeps its name (React Refresh and the DevTools read it).
    expect((exports.Badge as () => unknown).name).toBe('Badge');
  });

  it('gives each function that calls hooks a signature of its hooks, in order, with what they are bound to and useState’s initial value', () => {
    const { exports, signatureOf } = evaluate(
      [
        "import { useEffect, useRef, useState } from 'react';",
        'export function Counter() {',
        '  const [count, setCount] = useState(0);',
        '  const box = useRef(null);',
        '  useEffect(() => {}, []);',
        '  return <button onClick={() => setCount(count + 1)}>{count}</button>;',
        '}',
        'export const Arrow = () => { const [on] = useState(false); return <b>{String(on)}</b>; };',
      ].join('\n'),
    );
    expect(signatureOf(exports.Counter)).toEqual({ type: exports.Counter, key: 'useState{[count, setCount](0)}\nuseRef{box}\nuseEffect{}', forceReset: false, customHooks: [] });
    expect(signatureOf(exports.Arrow)?.key).toBe('useState{[on](false)}');
  });

  it('changes the signature when a hook is added or useState’s initial value changes, and not when only the markup changes', () => {
    const version = (body: string) => evaluate(`import { useState } from 'react';\nexport default function App() {\n${body}\n}`);
    const key = (body: string) => {
      const { exports, signatureOf } = version(body);
      return signatureOf(exports.default)?.key;
    };
    const before = key('  const [n, setN] = useState(0);\n  return <p>Clicked {n} times</p>;');
    expect(key('  const [n, setN] = useState(0);\n  return <p>Pressed {n} times</p>;')).toBe(before);
    expect(key('  const [n, setN] = useState(0);\n  const [m] = useState(1);\n  return <p>{n}{m}</p>;')).not.toBe(before);
    expect(key('  const [n, setN] = useState(5);\n  return <p>{n}</p>;')).not.toBe(before);
  });

  it('lists custom hooks (local and imported) so their own signatures count, and hooks it cannot reference force a reset', () => {
    const useAtom = () => [0];
    const { exports, signatureOf } = evaluate(
      [
        "import { useState } from 'react';",
        "import { useAtom } from 'jotai';",
        'function useCounter() { const [c] = useState(1); return c; }',
        'export default function App() { const c = useCounter(); const [a] = useAtom(null); return <p>{c}{a}</p>; }',
        'const makeHooks = () => ({ useThing() {} });',
        'export function Odd() { makeHooks().useThing(); return null; }',
      ].join('\n'),
      '/App.tsx',
      { jotai: { useAtom } },
    );
    const app = signatureOf(exports.default)!;
    expect(app.key).toBe('useCounter{c}\nuseAtom{[a]}');
    expect(app.customHooks).toHaveLength(2);
    expect(app.customHooks[1]).toBe(useAtom);
    expect(app.forceReset).toBe(false);
    // A custom hook gets its own signature (found through App's list).
    expect(signatureOf(app.customHooks[0])?.key).toBe('useState{[c](1)}');
    expect(signatureOf(exports.Odd)).toMatchObject({ key: 'useThing{}', forceReset: true });
  });

  it('leaves a module without components or hooks as it was, and never moves a line', () => {
    const store = "import { createStore } from 'zustand';\nexport const useStore = createStore(() => ({ n: 0 }));\nexport const LIMIT = 3;\n";
    const { code, registered, signatures } = evaluate(store, '/store.ts', { zustand: { createStore: () => () => {} } });
    expect(registered).toEqual({});
    expect(signatures).toEqual([]);
    expect(code).not.toContain(REFRESH_REG);
    const app = "import { useState } from 'react';\n\nexport default function App() {\n  const [n] = useState(0);\n  return (\n    <p>{n}</p>\n  );\n}\n";
    const transpiled = evaluate(app).code;
    expect(transpiled.split('\n')).toHaveLength(app.split('\n').length);
    expect(transpiled.split('\n')[3]).toContain('useState');
  });

  it('honours // @refresh reset: the file’s components always remount', () => {
    const { exports, signatureOf } = evaluate("// @refresh reset\nimport { useState } from 'react';\nexport default function App() { const [n] = useState(0); return <p>{n}</p>; }");
    expect(signatureOf(exports.default)?.forceReset).toBe(true);
  });
});
