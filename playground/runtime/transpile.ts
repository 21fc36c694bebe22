import { transform } from 'sucrase';
import { loopGuardInsertions } from './insertLoopGuards.ts';
import { refreshInsertions } from './refreshRegistration.ts';
import { applyInsertions, parseScript } from './sourceEdits.ts';
import { SourceSyntaxError } from './sourceSyntaxError.ts';

const SCRIPT = /\.(m?[jt]sx?)$/;

/** TS/TSX/JS(X) → CommonJS with loop guards and Fast Refresh registrations; line numbers stay the reader's. */
export function transpileModule(path: string, source: string): string {
  if (!SCRIPT.test(path)) return source;
  let code: string;
  try {
    code = transform(source, {
      transforms: path.endsWith('.ts') ? ['typescript', 'imports'] : ['typescript', 'jsx', 'imports'],
      jsxRuntime: 'automatic',
      production: false,
      filePath: path,
    }).code;
  } catch (error) {
    throw toSyntaxError(error, path);
  }
  try {
    // One parse of sucrase's output serves both passes.
    const ast = parseScript(code);
    return applyInsertions(code, [...loopGuardInsertions(ast, path), ...refreshInsertions(ast, code)]);
  } catch (error) {
    throw toSyntaxError(error, path);
  }
}

function toSyntaxError(error: unknown, path: string): SourceSyntaxError {
  const e = error as { message?: string; loc?: { line: number; column: number } };
  const message = (e.message ?? String(error)).replace(/^Error transforming [^:]+: /, '').replace(/ \(\d+:\d+\)$/, '');
  return new SourceSyntaxError(message, path, e.loc?.line ?? 1, (e.loc?.column ?? 0) + 1);
}
