import { defaultDark, defaultLight, type SandpackTheme } from '@codesandbox/sandpack-react';

/**
 * Sandpack's default themes with the colours that fail WCAG AA contrast (4.5:1 for
 * text) darkened or lightened: inactive file tabs, line numbers, comments and some
 * syntax tokens, the active tab's accent. Checked by the accessibility test on every guide page.
 */
export const accessibleLight: SandpackTheme = {
  ...defaultLight,
  colors: { ...defaultLight.colors, clickable: '#595959', disabled: '#6b6b6b', accent: '#2458c6' },
  syntax: {
    ...defaultLight.syntax,
    comment: { color: '#6a737d', fontStyle: 'italic' },
    definition: '#4d6100',
    keyword: '#6f42c1',
    tag: '#0550ae',
    string: '#1f5fbf',
  },
};

export const accessibleDark: SandpackTheme = {
  ...defaultDark,
  colors: { ...defaultDark.colors, base: '#a6a6a6', clickable: '#b3b3b3', disabled: '#8c8c8c' },
  syntax: {
    ...defaultDark.syntax,
    comment: { color: '#9e9e9e', fontStyle: 'italic' },
  },
};
