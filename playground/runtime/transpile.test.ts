import { describe, expect, it } from 'vitest';
import { SourceSyntaxError } from './sourceSyntaxError.ts';
import { transpileModule } from './transpile.ts';

describe('transpiling the reader’s files', () => {
  it('turns TSX into CommonJS and keeps every line where it was', () => {
    const source = "import { useState } from 'react';\n\nexport default function App(): JSX.Element {\n  const [n] = useState<number>(0);\n  return <p>{n}</p>;\n}\n";
    const code = transpileModule('/App.tsx', source);
    expect(code).toContain("require('react')");
    expect(code.split('\n').length).toBe(source.split('\n').length);
    expect(code.split('\n')[4]).toContain('jsxDEV');
  });

  it('reports a syntax error with the file and line', () => {
    let error: unknown;
    try {
      transpileModule('/App.tsx', 'const a = 1;\nconst b = (;\n');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SourceSyntaxError);
    expect(error).toMatchObject({ file: '/App.tsx', line: 2 });
  });

  it('passes CSS and JSON through untouched', () => {
    expect(transpileModule('/styles.css', 'p { color: red }')).toBe('p { color: red }');
  });
});
