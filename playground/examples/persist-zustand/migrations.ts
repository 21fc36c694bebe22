/** The saved settings as each release wrote them. Zustand stores `{ state, version }`. */
export const SETTINGS_VERSION = 2;

export interface SavedSettings {
  theme: 'light' | 'dark' | 'system';
  fontSize: number;
  draft: string;
}

// v0 (unversioned, Zustand's default): font size was a word, and "auto" meant the system theme.
interface V0 {
  theme: 'light' | 'dark' | 'auto';
  fontSize: 'small' | 'medium' | 'large';
}
// v1: font size in pixels.
interface V1 {
  theme: 'light' | 'dark' | 'auto';
  fontSize: number;
}

const PIXELS = { small: 14, medium: 16, large: 18 } as const;

const steps: Record<number, (state: any) => unknown> = {
  0: (state: V0): V1 => ({ theme: state.theme, fontSize: PIXELS[state.fontSize] ?? 16 }),
  // v1 → v2: "auto" is called "system", and the draft is saved too.
  1: (state: V1): SavedSettings => ({ theme: state.theme === 'auto' ? 'system' : state.theme, fontSize: state.fontSize, draft: '' }),
};

/** Zustand's `migrate`: runs each step from `version` up. Throws for data from a newer release. */
export function migrateSettings(persisted: unknown, version: number): SavedSettings {
  if (version > SETTINGS_VERSION) throw new Error(`saved by a newer version of the app (v${version}; this is v${SETTINGS_VERSION})`);
  let state = persisted;
  for (let v = version; v < SETTINGS_VERSION; v++) {
    const step = steps[v];
    if (!step) throw new Error(`no migration from version ${v}`);
    state = step(state);
  }
  return state as SavedSettings;
}
