import type { ErrorStackFrame, SandpackErrorMessage } from '@codesandbox/sandpack-client';

/**
 * The slice of Sandpack's bundler protocol our runtime speaks (read from
 * @codesandbox/sandpack-client 2.19.8; the contract test in tests/e2e pins it).
 * These shapes are Sandpack's, not ours: our own messages live in playground/protocol/.
 */

export interface SandpackModule {
  code: string;
  path?: string;
}

/** Parent → runtime. */
export type SandpackInbound =
  | { type: 'register-frame'; origin: string; id: string }
  | {
      type: 'compile';
      codesandbox: true;
      modules: Record<string, SandpackModule>;
      isInitializationCompile?: boolean;
      [option: string]: unknown;
    }
  | { type: 'refresh'; codesandbox: true }
  | { type: 'get-modules' | 'urlback' | 'urlforward' | 'get-transpiler-context'; codesandbox: true };

/** One frame of a stack, in the shape Sandpack's error overlay reads (Sandpack's own type). */
export type SandpackErrorFrame = ErrorStackFrame;

export interface SandpackShowError extends SandpackErrorMessage {
  action: 'show-error';
  payload: { frames: SandpackErrorFrame[] };
}

/** Runtime → parent; `$id` and `codesandbox: true` are added when posting. */
export type SandpackOutbound =
  | { type: 'initialized' }
  | { type: 'start'; firstLoad: boolean }
  | { type: 'status'; status: string }
  | { type: 'success' }
  | { type: 'done'; compilatonError: boolean }
  | ({ type: 'action' } & SandpackShowError)
  | { type: 'console'; log: { method: string; id: string; data: unknown[] }[] }
  | { type: 'urlchange'; url: string; back: boolean; forward: boolean }
  | { type: 'all-modules'; data: Record<string, SandpackModule> }
  | { type: 'transpiler-context'; data: Record<string, unknown> };

export function isSandpackInbound(value: unknown): value is SandpackInbound {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; codesandbox?: unknown };
  if (message.type === 'register-frame') return true;
  return message.codesandbox === true && typeof message.type === 'string';
}
