import { Parser, type Node } from 'acorn';
import { simple } from 'acorn-walk';

/** The parameter name the guarded code calls; it is passed to each module's wrapper. */
export const LOOP_GUARD = '__statelabLoopGuard';

const LOOP_BUDGET_MS = 1000;

export class PossibleInfiniteLoopError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
  ) {
    super(`Possible infinite loop at ${file.replace(/^\//, '')}:${line}. The loop ran for over a second without letting the page breathe, so it was stopped.`);
    this.name = 'PossibleInfiniteLoopError';
  }
}

type LoopNode = Node & { body: Node; loc: { start: { line: number } } };

/**
 * Inserts a guard call at the top of every loop body. Works on the transpiled
 * JavaScript (sucrase keeps line numbers, so the reported line is the reader's).
 */
export function insertLoopGuards(code: string, file: string): string {
  const ast = Parser.parse(code, {
    ecmaVersion: 'latest',
    sourceType: 'script',
    locations: true,
    allowReturnOutsideFunction: true,
    allowAwaitOutsideFunction: true,
  });
  const edits: { at: number; text: string }[] = [];
  const guard = (loop: LoopNode) => {
    const call = `${LOOP_GUARD}(${JSON.stringify(file)}, ${loop.loc.start.line});`;
    if (loop.body.type === 'BlockStatement') {
      edits.push({ at: loop.body.start + 1, text: call });
    } else {
      edits.push({ at: loop.body.start, text: `{${call}` }, { at: loop.body.end, text: '}' });
    }
  };
  const visit = (node: Node) => guard(node as unknown as LoopNode);
  simple(ast, {
    WhileStatement: visit,
    DoWhileStatement: visit,
    ForStatement: visit,
    ForInStatement: visit,
    ForOfStatement: visit,
  });
  edits.sort((a, b) => b.at - a.at);
  let out = code;
  for (const edit of edits) out = out.slice(0, edit.at) + edit.text + out.slice(edit.at);
  return out;
}

/**
 * The guard: a synchronous stretch of work (one task of the event loop) may spend
 * at most a second inside loops. A message on a private channel marks the end of
 * the task; it cannot arrive while a loop blocks the thread. Unlike timers,
 * channel messages are not throttled in background frames.
 */
export function createLoopGuard(now: () => number = () => performance.now()) {
  let taskStart: number | null = null;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    taskStart = null;
  };
  return function loopGuard(file: string, line: number) {
    const time = now();
    if (taskStart === null) {
      taskStart = time;
      channel.port2.postMessage(0);
    } else if (time - taskStart > LOOP_BUDGET_MS) {
      throw new PossibleInfiniteLoopError(file, line);
    }
  };
}
