/**
 * The preview's light or dark theme, the docs page's: `data-theme` on <html>, which the base
 * stylesheet (preview.css) reads. The page names its theme in the frame's URL (`#theme=dark`,
 * read by headBoot.ts before the body is parsed, so a dark page never shows a white
 * preview), then sends a `theme` message whenever the reader switches (see main.ts).
 */
export type PreviewTheme = 'light' | 'dark';

/** The theme the URL's hash names, or null. */
export function themeFromHash(hash: string): PreviewTheme | null {
  const match = /(?:^#|&)theme=(light|dark)(?:&|$)/.exec(hash);
  return match ? (match[1] as PreviewTheme) : null;
}

export function applyPreviewTheme(root: HTMLElement, theme: PreviewTheme): void {
  root.dataset.theme = theme;
}
