import { Parser, type Node } from 'acorn';
import { simple } from 'acorn-walk';
import { LOOP_GUARD } from './loopGuard.ts';

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

