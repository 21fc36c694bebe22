import type { Node } from 'acorn';
import { ancestor } from 'acorn-walk';
import { REFRESH_REG, REFRESH_SIG } from './refreshNames.ts';
import { applyInsertions, parseScript, type Insertion } from './sourceEdits.ts';

/**
 * The registration half of React Fast Refresh, on the acorn AST of sucrase's output: what
 * react-refresh/babel does, for the code our runtime sees. Each module's wrapper receives
 * the two functions named in refreshNames.ts (see moduleRegistry.ts and refreshRuntime.ts).
 *
 * - Components (top-level functions, arrow functions and `memo`/`forwardRef`-style calls
 *   bound to a capitalized name) are registered by name: `REFRESH_REG(App, "App")`.
 * - Every function that calls hooks gets a signature: the hooks it calls, in order, with the
 *   variables they are bound to and `useState`'s initial value, and the custom hooks it calls
 *   (whose own signatures count too). An edit that changes a signature remounts the
 *   component instead of keeping its state.
 *
 * Only insertions without line breaks, so stack traces keep the reader's lines.
 */
const SIGNATURE = '__statelabSignature';

/** React's own hooks: their identity is React's, so only their place in the order counts. */
const BUILTIN_HOOKS = new Set([
  'useState',
  'useReducer',
  'useEffect',
  'useLayoutEffect',
  'useInsertionEffect',
  'useMemo',
  'useCallback',
  'useRef',
  'useContext',
  'useImperativeHandle',
  'useDebugValue',
  'useId',
  'useDeferredValue',
  'useTransition',
  'useSyncExternalStore',
  'useActionState',
  'useFormState',
  'useFormStatus',
  'useOptimistic',
]);

const HOOK_NAME = /^use[A-Z]/;
const COMPONENT_NAME = /^[A-Z]/;

// acorn's node shapes, as far as this transform reads them.
type AnyNode = Node & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type FunctionNode = AnyNode & { body: AnyNode; id?: AnyNode | null };

const isFunction = (node: AnyNode | null | undefined): node is FunctionNode =>
  !!node && (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression');

interface HookCall {
  name: string;
  key: string;
  /** The callee as code, for a custom hook (null when it cannot be referenced from outside). */
  customCallee: string | null;
}

/** `f.call(void 0, …args)`, as sucrase calls imported functions: the real callee and arguments. */
function unwrapSucraseCall(call: AnyNode): { callee: AnyNode; args: AnyNode[] } {
  const { callee, arguments: args } = call;
  if (
    callee.type === 'MemberExpression' &&
    !callee.computed &&
    callee.property.name === 'call' &&
    args[0]?.type === 'UnaryExpression' &&
    args[0].operator === 'void'
  ) {
    return { callee: callee.object, args: args.slice(1) };
  }
  return { callee, args };
}

function calleeName(callee: AnyNode): string | null {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && !callee.computed) return callee.property.name;
  return null;
}

/** Identifiers and dotted member chains can be read again later from the module's scope. */
function isReferenceable(node: AnyNode): boolean {
  if (node.type === 'Identifier') return true;
  return node.type === 'MemberExpression' && !node.computed && isReferenceable(node.object);
}

/** A call that makes a component of a component, e.g. `memo(function Row() {…})`, `forwardRef(…)`. */
function wrapsComponent(node: AnyNode | undefined): boolean {
  if (!node) return false;
  if (isFunction(node)) return true;
  if (node.type === 'Identifier') return COMPONENT_NAME.test(node.name);
  if (node.type !== 'CallExpression') return false;
  const { callee, args } = unwrapSucraseCall(node);
  const name = calleeName(callee);
  if (!name || name === 'require' || name.startsWith('_interopRequire')) return false;
  return wrapsComponent(args[0]);
}

function isComponentInit(init: AnyNode | null | undefined): boolean {
  return !!init && (isFunction(init) || (init.type === 'CallExpression' && wrapsComponent(init)));
}

/** Insertions that register components and hook signatures for React Fast Refresh. */
export function refreshInsertions(ast: Node, code: string): Insertion[] {
  const program = ast as AnyNode;
  const source = (node: AnyNode) => code.slice(node.start, node.end);
  const hooksByFunction = new Map<FunctionNode, { calls: HookCall[]; parents: AnyNode[] }>();

  ancestor(program, {
    CallExpression(node, _state, ancestors) {
      const { callee, args } = unwrapSucraseCall(node as AnyNode);
      const name = calleeName(callee);
      if (!name || !HOOK_NAME.test(name)) return;
      const chain = ancestors as AnyNode[];
      let index = chain.length - 2;
      while (index >= 0 && !isFunction(chain[index])) index--;
      if (index < 0) return; // A hook called at module scope: not a component's.
      const fn = chain[index] as FunctionNode;
      const holder = chain[chain.length - 2];
      let key = holder?.type === 'VariableDeclarator' && holder.init === node ? source(holder.id) : '';
      if (name === 'useState' && args.length > 0) key += `(${source(args[0])})`;
      else if (name === 'useReducer' && args.length > 1) key += `(${source(args[1])})`;
      const customCallee = BUILTIN_HOOKS.has(name) ? null : isReferenceable(callee) ? source(callee) : '';
      const entry = hooksByFunction.get(fn) ?? { calls: [], parents: chain.slice(0, index) };
      entry.calls.push({ name, key, customCallee });
      hooksByFunction.set(fn, entry);
    },
  });

  const insertions: Insertion[] = [];
  const forceResetAll = /@refresh reset/.test(code);
  const signatureNames: string[] = [];
  for (const [fn, { calls, parents }] of hooksByFunction) {
    const signature = `${SIGNATURE}${signatureNames.length}`;
    signatureNames.push(signature);
    const key = calls.map((call) => `${call.name}{${call.key}}`).join('\n');
    const custom = calls.filter((call) => call.customCallee !== null);
    const forceReset = forceResetAll || custom.some((call) => call.customCallee === '');
    const customHooks = custom.filter((call) => call.customCallee);
    const tail = `${JSON.stringify(key)}, ${forceReset}${customHooks.length ? `, () => [${customHooks.map((call) => call.customCallee).join(', ')}]` : ''})`;

    // In the body: collects the custom hooks' signatures on first render.
    if (fn.body.type === 'BlockStatement') {
      insertions.push({ at: fn.body.start + 1, text: `${signature}();` });
    } else {
      insertions.push({ at: fn.body.start, text: `(${signature}(), ` }, { at: fn.body.end, text: ')' });
    }
    // After the declaration, by name (the function keeps its name), or around the expression.
    const parent = parents.at(-1);
    const grandparent = parents.at(-2);
    const statementList = (node: AnyNode | undefined) =>
      !!node && (node.type === 'Program' || node.type === 'BlockStatement' || node.type === 'StaticBlock' || node.type === 'SwitchCase');
    if (fn.type === 'FunctionDeclaration' && fn.id) {
      insertions.push({ at: fn.end, text: `;${signature}(${fn.id.name}, ${tail};` });
    } else if (
      parent?.type === 'VariableDeclarator' &&
      parent.init === fn &&
      parent.id.type === 'Identifier' &&
      grandparent?.type === 'VariableDeclaration' &&
      statementList(parents.at(-3))
    ) {
      insertions.push({ at: grandparent.end, text: `;${signature}(${parent.id.name}, ${tail};` });
    } else {
      insertions.push({ at: fn.start, text: `${signature}(` }, { at: fn.end, text: `, ${tail}` });
    }
  }

  // Components bound at module scope, by name.
  for (const statement of program.body as AnyNode[]) {
    const names: string[] = [];
    if (statement.type === 'FunctionDeclaration' && statement.id && COMPONENT_NAME.test(statement.id.name)) {
      names.push(statement.id.name);
    } else if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations as AnyNode[]) {
        if (declarator.id.type === 'Identifier' && COMPONENT_NAME.test(declarator.id.name) && isComponentInit(declarator.init)) names.push(declarator.id.name);
      }
    }
    for (const name of names) insertions.push({ at: statement.end, text: `;${REFRESH_REG}(${name}, ${JSON.stringify(name)});` });
  }

  if (signatureNames.length) {
    // After the directive prologue ("use strict"), on the first line.
    const directives = (program.body as AnyNode[]).filter((statement, i, all) => all.slice(0, i + 1).every((s) => typeof s.directive === 'string'));
    const at = directives.length ? directives.at(-1)!.end : 0;
    insertions.push({ at, text: `var ${signatureNames.map((name) => `${name} = ${REFRESH_SIG}()`).join(', ')};` });
  }
  return insertions;
}

/** The transpiled module with Fast Refresh registrations (for tests and measurements). */
export function insertRefreshRegistrations(code: string): string {
  return applyInsertions(code, refreshInsertions(parseScript(code), code));
}
