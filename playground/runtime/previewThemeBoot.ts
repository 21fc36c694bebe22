/**
 * Loaded as a blocking script in the runtime page's <head> (built on its own, see
 * build/buildRuntime.ts): sets the preview's theme before anything paints. The page's choice in
 * the URL wins; without one (the runtime opened on its own), the system's.
 */
import { applyPreviewTheme, themeFromHash } from './previewTheme.ts';

applyPreviewTheme(document.documentElement, themeFromHash(location.hash) ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
