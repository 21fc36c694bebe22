import { Parser, type Node } from 'acorn';

/** A text insertion into transpiled code; it never adds a line break, so lines stay the reader's. */
export interface Insertion {
  at: number;
  text: string;
}

/** Parses sucrase's CommonJS output (the entry module may use top-level await). */
export function parseScript(code: string): Node {
  return Parser.parse(code, {
    ecmaVersion: 'latest',
    sourceType: 'script',
    locations: true,
    allowReturnOutsideFunction: true,
    allowAwaitOutsideFunction: true,
  });
}

/** Applies insertions; those at the same place keep the order they were listed in. */
export function applyInsertions(code: string, insertions: Insertion[]): string {
  const ordered = insertions.map((insertion, index) => ({ ...insertion, index })).sort((a, b) => b.at - a.at || b.index - a.index);
  let out = code;
  for (const { at, text } of ordered) out = out.slice(0, at) + text + out.slice(at);
  return out;
}
