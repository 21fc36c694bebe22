import type { PlaygroundFiles, TypeDiagnostic, TypeHover } from './checker.ts';

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
