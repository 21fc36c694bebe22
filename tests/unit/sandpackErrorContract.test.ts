import { readFileSync } from 'node:fs';
import { extractErrorDetails } from '@codesandbox/sandpack-client';
import { describe, expect, it } from 'vitest';
import { toShowError } from '../../playground/runtime/errorReport.ts';
import { PossibleInfiniteLoopError } from '../../playground/runtime/loopGuard.ts';
import { SourceSyntaxError } from '../../playground/runtime/sourceSyntaxError.ts';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const installed = (name: string) => JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;

const files = { '/App.tsx': 'export default function App() {\n  let n = 0;\n  while (true) { n++; }\n  return n;\n}\n' };

// Sandpack's bundler protocol is internal: these pin what our runtime relies on.
describe("Sandpack's protocol, as our runtime uses it", () => {
  it('is pinned to exact Sandpack versions, and those are the ones installed', () => {
    expect(pkg.dependencies['@codesandbox/sandpack-react']).toBe('2.20.0');
    expect(pkg.dependencies['@codesandbox/sandpack-client']).toBe('2.19.8');
    expect(installed('@codesandbox/sandpack-react')).toBe('2.20.0');
    expect(installed('@codesandbox/sandpack-client')).toBe('2.19.8');
  });

  it('turns our show-error for a runtime error into the file, line and code frame the overlay shows', () => {
    const details = extractErrorDetails(toShowError(new PossibleInfiniteLoopError('/App.tsx', 3), files));
    expect(details.path).toBe('/App.tsx');
    expect(details.line).toBe(3);
    expect(details.message).toContain('/App.tsx: Possible infinite loop at App.tsx:3');
    expect(details.message).toContain('> 3 |   while (true) { n++; }');
  });

  it('shows a SyntaxError message as we wrote it, with its location', () => {
    const details = extractErrorDetails(toShowError(new SourceSyntaxError('Unexpected token', '/App.tsx', 2, 5), files));
    expect(details).toMatchObject({ title: 'SyntaxError', path: '/App.tsx', line: 2, column: 5 });
    expect(details.message).toMatch(/^App\.tsx: Unexpected token \(2:5\)/);
  });
});
