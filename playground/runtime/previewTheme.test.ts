import { describe, expect, it } from 'vitest';
import { themeFromHash } from './previewTheme.ts';

describe('the preview theme named in the frame’s URL', () => {
  it('reads #theme=light or #theme=dark, alone or among other hash parameters', () => {
    expect(themeFromHash('#theme=dark')).toBe('dark');
    expect(themeFromHash('#theme=light')).toBe('light');
    expect(themeFromHash('#route=/a&theme=dark')).toBe('dark');
  });

  it('ignores a missing or unknown theme (the system’s theme applies then)', () => {
    expect(themeFromHash('')).toBeNull();
    expect(themeFromHash('#theme=sepia')).toBeNull();
    expect(themeFromHash('#mytheme=dark')).toBeNull();
  });
});
