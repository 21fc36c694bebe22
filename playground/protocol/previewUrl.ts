/**
 * The preview frame's address, which the page and the runtime both read: the runtime's page,
 * the example it shows (`?example=`), whether it runs that example as shipped at once (`&run`),
 * and the page's theme for the first paint (`#theme=`, see playground/runtime/headBoot.ts).
 *
 * With `run`, the runtime starts the example's own files as soon as it has loaded, before the
 * page's Sandpack has loaded or sent a compile (preview-first boot). Without it (the reader has
 * saved edits), it waits for Sandpack's compile as before, so the original never shows first.
 * Either way the example's precompiled modules (`/examples/<id>.json`) load with the runtime.
 *
 * No imports, and a plain function: the page's server-rendered HTML inlines `previewUrl` into
 * the small script that points the frame here before any module has loaded.
 */
export function previewUrl(runtimeUrl: string, example: string, run: boolean, theme: 'light' | 'dark'): string {
  const base = runtimeUrl.split(/[?#]/)[0];
  return `${base}?example=${encodeURIComponent(example)}${run ? '&run' : ''}#theme=${theme}`;
}

export interface PreviewAddress {
  /** The example the frame shows, or null for a frame that only learns its files from a compile. */
  example: string | null;
  /** Run the example as shipped without waiting for a compile. */
  run: boolean;
}

/** What the runtime reads from its own `location.search`. */
export function readPreviewUrl(search: string): PreviewAddress {
  const params = new URLSearchParams(search);
  const example = params.get('example');
  const valid = example !== null && /^[a-z0-9][a-z0-9-]{0,80}$/.test(example);
  return { example: valid ? example : null, run: valid && params.has('run') };
}

/** Whether two preview addresses are the same document (the theme, after `#`, does not count). */
export function samePreviewDocument(a: string, b: string): boolean {
  const strip = (url: string) => {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}?example=${new URLSearchParams(parsed.search).get('example')}`;
  };
  return strip(a) === strip(b);
}
