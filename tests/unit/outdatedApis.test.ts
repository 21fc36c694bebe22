import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const UPGRADE_NOTES = 'content/docs/migration/upgrade-notes.mdx';

interface OutdatedApi {
  /** The left-hand cell of its row in the upgrade notes, exactly as written there. */
  row: string;
  pattern: RegExp;
  /**
   * Text the pattern must recognise. By default the code spans of the row's cell: the check
   * rejects each name in the form the page shows it. Set only where a span can't be rejected
   * as it stands (`why` says so, and the page's introduction names the exception).
   */
  samples?: string[];
  why?: string;
}

/**
 * One check per row of the upgrade notes' tables (content/docs/migration/upgrade-notes.mdx).
 * A row added there without a check here fails the first test below.
 */
const OUTDATED_APIS: OutdatedApi[] = [
  // TanStack Query v4 → v5
  { row: "`useQuery(['tasks'], fetchTasks)` and other positional signatures", pattern: /\buse(?:Suspense)?(?:Infinite)?Query\(\s*\[/ },
  { row: "`invalidateQueries(['tasks'])`", pattern: /\b(?:invalidate|refetch|cancel|remove|reset)Queries\(\s*\[/ },
  { row: '`cacheTime`', pattern: /\bcacheTime\b/ },
  { row: '`useErrorBoundary`', pattern: /\buseErrorBoundary\b/ },
  {
    row: "`status: 'loading'`, `isLoading`",
    pattern: /\bstatus\s*(?::|===?)\s*['"]loading['"]/,
    samples: ["status: 'loading'", "query.status === 'loading'"],
    why: '`isLoading` is still current in v5 (pending and fetching): only the old status value is rejected',
  },
  { row: '`isInitialLoading`', pattern: /\bisInitialLoading\b/ },
  { row: '`keepPreviousData: true`', pattern: /\bkeepPreviousData\s*:\s*true/ },
  { row: '`<Hydrate>`', pattern: /<Hydrate[\s/>]|import\s*\{[^}]*\bHydrate\b[^}]*\}\s*from\s*['"]@tanstack/ },
  {
    row: '`useQuery({ onSuccess, onError, onSettled })`',
    pattern: /\buse(?:Suspense)?Query\(\{(?:(?!\}\))[\s\S]){0,800}?\bon(?:Success|Error|Settled)\s*[:,}(]/,
  },
  { row: '`useQuery({ suspense: true })`', pattern: /\bsuspense\s*:\s*true/ },
  {
    row: 'infinite queries without a first page param',
    // A call whose options object closes before any initialPageParam.
    pattern: /\b(?:use(?:Suspense)?InfiniteQuery|infiniteQueryOptions)\(\{(?:(?!initialPageParam|\}\))[\s\S]){0,2000}\}\)/,
    samples: ["useInfiniteQuery({ queryKey: ['tasks'], queryFn, getNextPageParam: (last) => last.nextCursor })"],
    why: 'the cell describes a call rather than naming one',
  },
  { row: '`createSyncStoragePersister`', pattern: /\bcreateSyncStoragePersister\b/ },
  { row: '`fetchQuery` / `prefetchQuery` / `ensureQueryData`', pattern: /\b(?:fetchQuery|prefetchQuery|ensureQueryData)\b/ },

  // MSW 2 → 3
  { row: '`rest.get(…)` (MSW 1)', pattern: /\brest\.(?:get|post|put|patch|delete|all)\(/ },
  { row: '`graphql.query(…)`', pattern: /\bgraphql\.(?:query|mutation)\(/ },
  { row: '`msw/native`', pattern: /\bmsw\/native\b/ },
  { row: '`onUnhandledRequest`', pattern: /\bonUnhandledRequest\b/ },
  {
    row: 'life-cycle event `connection`',
    pattern: /\.events\.on\(\s*['"]connection['"]/,
    samples: ["worker.events.on('connection', ({ client }) => {})", "server.events.on('connection', listener)"],
    why: "`connection` is still the event a ws.link handler listens for: only the life-cycle event is rejected",
  },
  { row: '`worker.stop()` (sync)', pattern: /(?<!\bawait\s+)\bworker\.stop\(\)/ },
  { row: '`handleRequest`', pattern: /\bhandleRequest\b/ },

  // Jotai 2 → 3
  {
    row: '`atomFamily` from `jotai/utils`',
    pattern: /import\s*\{[^}]*\batomFamily\b[^}]*\}\s*from\s*['"]jotai\/utils['"]/,
    samples: ["import { atomFamily } from 'jotai/utils'", "import { atom, atomFamily } from 'jotai/utils';"],
    why: '`atomFamily` is current, from jotai-family: only the import from jotai/utils is rejected',
  },
  { row: '`loadable(asyncAtom)`', pattern: /\bloadable\b/ },
  { row: '`jotai/babel`', pattern: /\bjotai\/babel\b/ },
  { row: '`setSelf` in `atom(read, write)`', pattern: /\bsetSelf\b/, samples: ['setSelf', 'atom((get, { setSelf }) => get(a))'], why: '`atom(read, write)` itself is current' },
  { row: '`useAtom(atom, { delay })`', pattern: /\buseAtom(?:Value)?\([^()]*,\s*\{[^}]*\bdelay\b/ },
  {
    row: 'CommonJS entry points',
    pattern: /\brequire\(\s*['"](?:jotai|msw)(?:\/[^'"]*)?['"]\s*\)/,
    samples: ["const { atom } = require('jotai')", "require('msw/node')"],
    why: 'the cell describes a module format rather than naming an API',
  },

  // Redux Toolkit 1 → 2
  { row: '`extraReducers: { [fetchTasks.fulfilled]: … }`', pattern: /\bextraReducers\s*:\s*\{/ },
  { row: '`createReducer(initial, { … })`', pattern: /\bcreateReducer\(\s*[^,()]+,\s*\{/ },
  { row: '`middleware: [...getDefaultMiddleware(), logger]`', pattern: /\bmiddleware\s*:\s*\[/ },
  { row: '`enhancers: [...]`', pattern: /\benhancers\s*:\s*\[/ },
  { row: '`AnyAction`', pattern: /\bAnyAction\b/ },
  {
    row: '`createStore` from `redux`',
    pattern: /import\s*\{[^}]*(?<![\w$])createStore\b[^}]*\}\s*from\s*['"]redux['"]/,
    samples: ["import { createStore } from 'redux'", "import { applyMiddleware, createStore } from 'redux';"],
    why: "Jotai's and Zustand's createStore are current: only Redux's is rejected",
  },
];

/** Rows that are requirements, not names: checked in package.json instead of searched for. */
const REQUIREMENTS: Record<string, () => void> = {
  'Node 18, TypeScript 4.x': () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      engines: { node: string };
      devDependencies?: Record<string, string>;
      dependencies?: Record<string, string>;
    };
    expect(pkg.engines.node).toBe('>=22.12');
    const typescript = pkg.devDependencies?.typescript ?? pkg.dependencies?.typescript ?? '';
    const [major, minor] = typescript.replace(/^[^\d]*/, '').split('.').map(Number);
    expect(major > 5 || (major === 5 && minor >= 9), `typescript ${typescript}`).toBe(true);
  },
};

/** Outdated APIs that are not in the upgrade notes (library-notes.md, "What not to teach"). */
const ALSO_OUTDATED: OutdatedApi[] = [{ row: 'Create React App environment variables', pattern: /process\.env\.REACT_APP_/, samples: ['process.env.REACT_APP_API_URL'] }];

/** Places that name an old API in order to say it is outdated. */
const NAMED_AS_OUTDATED: { file: string; row: string; sentence: RegExp }[] = [
  {
    file: 'content/docs/patterns/tanstack-query.mdx',
    row: '`fetchQuery` / `prefetchQuery` / `ensureQueryData`',
    sentence: /It supersedes `fetchQuery`,\s+`prefetchQuery` and `ensureQueryData`/,
  },
];

function filesUnder(dir: string, extensions: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** The left-hand cells of every table on the upgrade-notes page. */
function upgradeNoteRows(): string[] {
  const lines = readFileSync(join(ROOT, UPGRADE_NOTES), 'utf8').split('\n');
  return lines.flatMap((line, n) => {
    const isRow = line.startsWith('| ') && !/^\|\s*---/.test(line);
    const isHeader = /^\|\s*---/.test(lines[n + 1] ?? '');
    return isRow && !isHeader ? [line.split(' | ')[0].replace(/^\|\s*/, '').trim()] : [];
  });
}

const codeSpans = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

/** What the scan should find in `text`, with the sentences that name old APIs as outdated taken out. */
function outdatedIn(file: string, text: string): string[] {
  let scanned = text;
  for (const allowed of NAMED_AS_OUTDATED.filter((a) => a.file === file)) scanned = scanned.replace(allowed.sentence, '');
  return [...OUTDATED_APIS, ...ALSO_OUTDATED].filter(({ pattern }) => pattern.test(scanned)).map(({ row, pattern }) => `${row}: ${pattern}`);
}

describe('the upgrade notes: every old API in the left-hand columns is rejected in the guides and examples', () => {
  const rows = upgradeNoteRows();
  const files = [...filesUnder('content', /\.(md|mdx)$/), ...filesUnder('playground', /\.(ts|tsx|md|mdx)$/)].filter((f) => f !== UPGRADE_NOTES);

  it('has a check for each row of the page, and no check for a row the page lacks', () => {
    expect(rows.length).toBeGreaterThan(30);
    const checked = [...OUTDATED_APIS.map((api) => api.row), ...Object.keys(REQUIREMENTS)];
    expect([...rows].sort()).toEqual([...checked].sort());
  });

  it.each(OUTDATED_APIS.map((api) => [api.row, api] as const))('%s: the check recognises the name as the page writes it', (_row, api) => {
    const samples = api.samples ?? codeSpans(api.row);
    expect(samples.length, 'a row with no code span needs samples').toBeGreaterThan(0);
    if (api.samples && codeSpans(api.row).some((span) => !api.pattern.test(span))) expect(api.why, 'why a span of the row is not rejected as written').toBeTruthy();
    for (const sample of samples) expect(api.pattern.test(sample), sample).toBe(true);
  });

  it.each(Object.entries(REQUIREMENTS))('%s: package.json requires the current versions', (_row, check) => check());

  it('scans the guides and the examples', () => {
    expect(files.some((f) => f.startsWith('content/docs/'))).toBe(true);
    expect(files.some((f) => f.startsWith('playground/examples/'))).toBe(true);
  });

  it.each(files)('%s uses no outdated API', (file) => {
    expect(outdatedIn(file, readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });

  it('each sentence allowed to name an old API is still there (or the exception goes)', () => {
    for (const { file, sentence } of NAMED_AS_OUTDATED) expect(readFileSync(join(ROOT, file), 'utf8')).toMatch(sentence);
  });

  it('does not reject the current APIs the exceptions are for', () => {
    const current = [
      'const { isLoading } = useQuery(projectTasksQuery(id))',
      "chat.addEventListener('connection', ({ client }) => {})",
      "import { atomFamily } from 'jotai-family'",
      "import { createStore } from 'jotai'",
      'return legacy_createStore(rootReducer)',
      'await worker.stop()',
      'useMutation({ mutationFn, onSuccess: () => {} })',
      "useInfiniteQuery({ queryKey: ['t'], queryFn, initialPageParam: null, getNextPageParam: (p) => p.next })",
      'It supersedes `fetchQuery`,\n`prefetchQuery` and `ensureQueryData`:',
    ];
    for (const text of current) expect(outdatedIn('content/docs/patterns/tanstack-query.mdx', text), text).toEqual([]);
    expect(outdatedIn('content/docs/patterns/jotai.mdx', 'Use queryClient.query, not prefetchQuery')).not.toEqual([]);
  });
});
