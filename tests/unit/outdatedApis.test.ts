import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/**
 * APIs the seed material used that the current libraries removed or renamed
 * (/shared/brief/library-notes.md, "What not to teach"), with what to use instead.
 */
const OUTDATED_APIS: { pattern: RegExp; instead: string }[] = [
  { pattern: /\bcacheTime\b/, instead: 'gcTime (TanStack Query v5)' },
  { pattern: /\b(invalidate|refetch|cancel|remove|reset)Queries\(\s*\[/, instead: "the object signature: invalidateQueries({ queryKey: [...] })" },
  { pattern: /\buse(?:Suspense)?Query\(\{(?:(?!\}\))[\s\S]){0,800}?\bon(?:Success|Error|Settled)\s*:/, instead: 'effects or the mutation callbacks: useQuery has no onSuccess/onError/onSettled in v5' },
  { pattern: /\bkeepPreviousData\s*:\s*true/, instead: 'placeholderData: keepPreviousData' },
  { pattern: /\buseErrorBoundary\b/, instead: 'throwOnError' },
  { pattern: /\bsuspense\s*:\s*true/, instead: 'useSuspenseQuery' },
  { pattern: /\bcreateSyncStoragePersister\b/, instead: 'createAsyncStoragePersister' },
  { pattern: /import\s*\{[^}]*\bloadable\b[^}]*\}\s*from\s*['"]jotai/, instead: 'unwrap (Jotai 3 removed loadable)' },
  { pattern: /import\s*\{[^}]*\batomFamily\b[^}]*\}\s*from\s*['"]jotai\/utils['"]/, instead: "atomFamily from 'jotai-family'" },
  { pattern: /['"]jotai\/babel['"]/, instead: 'jotai-babel' },
  { pattern: /['"]msw\/native['"]/, instead: 'nothing: MSW 3 removed msw/native' },
  { pattern: /\bgraphql\.(?:query|mutation)\(/, instead: "graphql.link(url).query(...) from 'msw/graphql'" },
  { pattern: /\brest\.(?:get|post|put|patch|delete|all)\(/, instead: "http.get(...) from 'msw' (rest is MSW 1)" },
  { pattern: /\bonUnhandledRequest\b/, instead: 'onUnhandledFrame (MSW 3)' },
  { pattern: /process\.env\.REACT_APP_/, instead: 'import.meta.env (Create React App is gone)' },
  { pattern: /\bextraReducers\s*:\s*\{/, instead: 'the builder callback: extraReducers: (builder) => …' },
];

/** The upgrade-notes page names the old APIs on purpose, to map them to the new ones. */
const ALLOWED = new Set(['content/docs/migration/upgrade-notes.mdx']);

function filesUnder(dir: string, extensions: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

describe('the guides and examples teach current APIs only', () => {
  const files = [...filesUnder('content', /\.(md|mdx)$/), ...filesUnder('playground', /\.(ts|tsx|md|mdx)$/)].filter((f) => !ALLOWED.has(f));

  it('scans the guides and the examples', () => {
    expect(files.some((f) => f.startsWith('content/docs/'))).toBe(true);
    expect(files.some((f) => f.startsWith('playground/examples/'))).toBe(true);
  });

  it.each(files)('%s uses no outdated API', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const found = OUTDATED_APIS.filter(({ pattern }) => pattern.test(text)).map(({ pattern, instead }) => `${pattern} → use ${instead}`);
    expect(found).toEqual([]);
  });

  it('recognises each outdated API it is meant to reject', () => {
    const samples = [
      'useQuery({ queryKey: ["x"], queryFn, cacheTime: 1000 })',
      "queryClient.invalidateQueries(['todos'])",
      'useQuery({ queryKey: k, queryFn: f, onSuccess: (d) => log(d) })',
      "import { loadable } from 'jotai/utils'",
      "import { atomFamily } from 'jotai/utils'",
      "import { setupServer } from 'msw/native'",
      "rest.get('/api', handler)",
      'createSlice({ name, initialState, reducers: {}, extraReducers: { [fetchTodos.fulfilled]: () => {} } })',
      'const url = process.env.REACT_APP_API_URL',
    ];
    for (const sample of samples) expect(OUTDATED_APIS.some(({ pattern }) => pattern.test(sample)), sample).toBe(true);
    expect(OUTDATED_APIS.some(({ pattern }) => pattern.test("useMutation({ mutationFn, onSuccess: () => {} })"))).toBe(false);
  });
});
