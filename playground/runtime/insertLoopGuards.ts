import type { Node } from 'acorn';
import { simple } from 'acorn-walk';
import { LOOP_GUARD } from './loopGuard.ts';
import { applyInsertions, parseScript, type Insertion } from './sourceEdits.ts';

type LoopNode = Node & { body: Node; loc: { start: { line: number } } };

/** Where a guard call goes at the top of every loop body of the parsed program. */
export function loopGuardInsertions(ast: Node, file: string): Insertion[] {
  const edits: Insertion[] = [];
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
  return edits;
}

/**
 * Inserts a guard call at the top of every loop body. Works on the transpiled
 * JavaScript (sucrase keeps line numbers, so the reported line is the reader's).
 */
export function insertLoopGuards(code: string, file: string): string {
  return applyInsertions(code, loopGuardInsertions(parseScript(code), file));
}
