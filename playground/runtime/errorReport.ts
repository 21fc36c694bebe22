import { PossibleInfiniteLoopError } from './loopGuard.ts';
import { ModuleNotFoundError, MODULE_URL_PREFIX } from './moduleRegistry.ts';
import type { SandpackErrorFrame, SandpackShowError } from './sandpackMessages.ts';
import { SourceSyntaxError } from './sourceSyntaxError.ts';

const FRAME_CONTEXT_LINES = 2;

function codeFrame(source: string | undefined, line: number) {
  if (source === undefined) return [];
  const lines = source.split('\n');
  const first = Math.max(1, line - FRAME_CONTEXT_LINES);
  const last = Math.min(lines.length, line + FRAME_CONTEXT_LINES);
  const out = [];
  for (let n = first; n <= last; n++) out.push({ lineNumber: n, content: lines[n - 1], highlight: n === line });
  return out;
}

function frame(files: Record<string, string>, file: string, line: number, column: number): SandpackErrorFrame {
  return {
    fileName: file,
    lineNumber: line,
    columnNumber: column,
    functionName: '',
    _originalFunctionName: '',
    _originalFileName: file,
    _originalLineNumber: line,
    _originalColumnNumber: column,
    _originalScriptCode: codeFrame(files[file], line),
  };
}

/** The reader's files on the error's stack, innermost first. */
export function userFrames(stack: string, files: Record<string, string>): SandpackErrorFrame[] {
  const pattern = new RegExp(`${MODULE_URL_PREFIX.replace(/\//g, '\\/')}(/[^:\\s)]+):(\\d+):(\\d+)`, 'g');
  return [...stack.matchAll(pattern)]
    .filter(([, file]) => file in files)
    .map(([, file, line, column]) => frame(files, file, Number(line), Number(column)));
}

function formatCodeFrame(files: Record<string, string>, file: string, line: number) {
  const rows = codeFrame(files[file], line);
  const width = String(rows.at(-1)?.lineNumber ?? line).length;
  return rows.map((r) => `${r.highlight ? '>' : ' '} ${String(r.lineNumber).padStart(width)} | ${r.content}`).join('\n');
}

/** Turns anything thrown by the reader's code into Sandpack's error overlay message. */
export function toShowError(error: unknown, files: Record<string, string>): SandpackShowError {
  if (error instanceof SourceSyntaxError) {
    const name = error.file.replace(/^\//, '');
    return {
      action: 'show-error',
      title: 'SyntaxError',
      path: error.file,
      line: error.line,
      column: error.column,
      // Sandpack shows a SyntaxError's message as it is, so the location and code frame go in it.
      message: `${name}: ${error.message} (${error.line}:${error.column})\n\n${formatCodeFrame(files, error.file, error.line)}`,
      payload: { frames: [] },
    };
  }
  const e = error instanceof Error ? error : new Error(String(error));
  let frames: SandpackErrorFrame[];
  if (e instanceof ModuleNotFoundError || e instanceof PossibleInfiniteLoopError) {
    frames = [frame(files, e.file, e.line, 1)];
  } else {
    frames = userFrames(e.stack ?? '', files);
  }
  const top = frames[0];
  return {
    action: 'show-error',
    title: e.name || 'Error',
    path: top?._originalFileName ?? '',
    line: top?._originalLineNumber ?? 0,
    column: top?._originalColumnNumber ?? 0,
    message: e.message,
    payload: { frames },
  };
}
