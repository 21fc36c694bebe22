import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { guideCodeBlocks, ROOT, type CodeBlock } from './support/guideCodeBlocks';

function typeCheck(blocks: CodeBlock[]): Map<string, string[]> {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const options: ts.CompilerOptions = { ...config.options, noEmit: true, noUnusedLocals: false, noUnusedParameters: false };
  const virtual = new Map(blocks.map((b) => [b.fileName, b.code]));
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (f) => virtual.has(f) || ts.sys.fileExists(f);
  host.readFile = (f) => virtual.get(f) ?? readFile(f);
  host.getSourceFile = (f, lang, onError) =>
    virtual.has(f) ? ts.createSourceFile(f, virtual.get(f)!, lang, true, f.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS) : getSourceFile(f, lang, onError);
  const program = ts.createProgram([...virtual.keys()], options, host);
  const problems = new Map<string, string[]>();
  for (const block of blocks) {
    const source = program.getSourceFile(block.fileName)!;
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    problems.set(
      block.fileName,
      diagnostics.map((d) => {
        const { line } = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : { line: 0 };
        return `${block.page}:${block.line + 1 + line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      }),
    );
  }
  return problems;
}

describe('TypeScript code blocks in the guides', () => {
  const blocks = guideCodeBlocks();
  const problems = blocks.length > 0 ? typeCheck(blocks) : new Map<string, string[]>();

  it.each(blocks.map((b) => [`${b.page}:${b.line}`, b] as const))('%s type-checks against the installed packages', (_where, block) => {
    expect(problems.get(block.fileName)).toEqual([]);
  });

  it('catches a wrong or outdated API in a block', () => {
    const fileName = join(ROOT, '.guide-blocks', 'self_check.ts');
    const bad = typeCheck([
      { page: 'self-check', line: 1, fileName, code: "import { QueryClient } from '@tanstack/react-query';\nnew QueryClient().invalidateQueries(['tasks']);\n" },
    ]);
    expect(bad.get(fileName)!.length).toBeGreaterThan(0);
  }, 30_000); // a whole TypeScript program: over 5 s when the unit suite runs in parallel on 2 cores
});
