import type { PlaygroundFiles, TypeDiagnostic, TypeHover } from './checker.ts';

/**
 * The page's first message to the worker: the TypeBundle's JSON as bytes (transferred), or why
 * it could not be had. The page fetches it while the worker's own script downloads and starts.
 */
export type TypeBundleMessage = { kind: 'bundle'; json: ArrayBuffer } | { kind: 'bundle'; error: string };

/** What the editor asks the type-check worker. `files` is the whole playground, with the editor's text. */
export type TypeCheckRequest =
  | { id: number; kind: 'check'; playground: string; files: PlaygroundFiles; file: string }
  | { id: number; kind: 'hover'; playground: string; files: PlaygroundFiles; file: string; position: number };

/** The worker's answer; `superseded` when a newer request for the same file came in before this one ran. */
export type TypeCheckResponse =
  | { id: number; kind: 'check'; diagnostics: TypeDiagnostic[] }
  | { id: number; kind: 'hover'; hover: TypeHover | null }
  | { id: number; kind: 'superseded' }
  | { id: number; kind: 'failed'; message: string };
