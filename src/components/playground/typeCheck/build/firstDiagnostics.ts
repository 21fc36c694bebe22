import ts from 'typescript';
import type { ExampleMeta } from '../../../../../playground/examples/exampleMeta.ts';
import { createTypeChecker, storedDiagnosticsKey, type TypeBundle, type TypeDiagnostic } from '../checker.ts';
import { playgroundFiles } from '../../../../../playground/examples/shippedExamples.ts';

/**
 * TypeScript's diagnostics of each example's first open file (`activeFile`) as it ships, by the
 * same checker the worker runs (see `shippedExamples`), for `TypeBundle.storedDiagnostics`. About ten seconds for all the
 * examples here, so `astro build` does it and `astro dev` does not.
 */
export function firstDiagnostics(bundle: TypeBundle, examples: Array<{ id: string; meta: ExampleMeta }>): Record<string, TypeDiagnostic[]> {
  const checker = createTypeChecker(ts, bundle);
  const stored: Record<string, TypeDiagnostic[]> = {};
  for (const { id, meta } of examples) {
    const files = playgroundFiles(id, meta);
    stored[storedDiagnosticsKey(files, meta.activeFile)] = checker.check(id, files, meta.activeFile);
  }
  return stored;
}
