/** What an example folder says about itself in its `meta.ts`. */
export interface ExampleMeta {
  /** Shown above the playground. */
  title: string;
  /** The file the runtime starts from, e.g. `/index.tsx`. */
  entry: string;
  /** The file open in the editor at first. */
  activeFile: string;
  /** Files shown as tabs, in order; the others are still there, just hidden. */
  visibleFiles: string[];
  /** `side-by-side` puts the preview right of the editor, `stacked` below it. */
  layout?: 'side-by-side' | 'stacked';
  /** Adds the mock backend's files under `/mocks/` (imported as `@/mocks/...`). */
  mockBackend?: boolean;
  /** Editor and preview height in pixels (default 360). */
  height?: number;
  /**
   * Text the preview shows once the example's first data has loaded. The end-to-end
   * suite boots every example and waits for it.
   */
  firstData: string;
  /**
   * The example teaches an optimized pattern: the end-to-end suite asserts that
   * under 5% of its renders are unnecessary (as the visualizer measures them).
   */
  optimizedRenders?: boolean;
  /**
   * The example's lesson is a type error the reader fixes. Its editor type-checks as soon
   * as it mounts (others wait for a reader to focus them). Each entry names the file and a
   * piece of TypeScript's message; the tests check the example has exactly these errors.
   */
  typeExercise?: { file: string; message: string }[];
  /**
   * The example saves state in the browser: the toolbar gets "Clear storage", which empties the
   * example's own storage (its namespace only) and runs it again, as a first visit would.
   */
  clearStorage?: boolean;
  /**
   * The playground gets a Tests tab: the example's `*.test.ts(x)` files are shown (those named in
   * `visibleFiles` as tabs) and run in the browser after each edit, as Vitest runs them in Node.
   */
  tests?: boolean;
}

export function defineExample(meta: ExampleMeta): ExampleMeta {
  return meta;
}
