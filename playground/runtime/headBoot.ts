/**
 * Loaded as a blocking script in the runtime page's <head> (built on its own, see
 * build/buildRuntime.ts), before anything paints or any module loads:
 * - sets the preview's theme: the page's choice in the URL wins; without one (the runtime
 *   opened on its own), the system's;
 * - starts fetching the frame's example (`?example=`, see playground/protocol/previewUrl.ts)
 *   while runtime.js and its chunks load, instead of after: runtime.js's own fetch of the same
 *   URL then takes this response;
 * - and the chunks of the packages the example imports (its `.preload.json`, from the build),
 *   instead of one level of imports at a time once its code runs;
 * - gives the frame Web Storage in memory if the browser denies it the real one, before any
 *   module reads it (memoryStorage.ts).
 */
import { readPreviewUrl } from '../protocol/previewUrl.ts';
import { examplePreloadsUrl, exampleModulesUrl } from './exampleModules.ts';
import { showStorageInMemoryNotice, useMemoryStorageIfDenied } from './memoryStorage.ts';
import { applyPreviewTheme, themeFromHash } from './previewTheme.ts';

if (useMemoryStorageIfDenied(window)) showStorageInMemoryNotice(document);

applyPreviewTheme(document.documentElement, themeFromHash(location.hash) ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));

const { example } = readPreviewUrl(location.search);
if (example) {
  const preload = document.createElement('link');
  Object.assign(preload, { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: exampleModulesUrl(example) });
  document.head.append(preload);
  fetch(examplePreloadsUrl(example))
    .then((response) => (response.ok ? response.json() : []))
    .then((chunks: unknown) => {
      for (const chunk of Array.isArray(chunks) ? chunks : []) {
        if (typeof chunk !== 'string' || !chunk.startsWith('/chunks/')) continue;
        const link = document.createElement('link');
        Object.assign(link, { rel: 'modulepreload', href: chunk });
        document.head.append(link);
      }
    })
    .catch(() => {});
}
