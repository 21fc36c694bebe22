/**
 * The names through which a module's Fast Refresh registrations (inserted by
 * refreshRegistration.ts) reach the runtime's React Refresh (refreshRuntime.ts): both are
 * parameters of each module's wrapper (moduleRegistry.ts), like the loop guard.
 */
export const REFRESH_REG = '__statelabRefreshReg';
export const REFRESH_SIG = '__statelabRefreshSig';

/** What a module's registrations call. */
export interface RefreshBindings {
  /** `register(App, "App")`: a component, by its name in the module. */
  register(type: unknown, name: string): void;
  /** A new signature function for one function that calls hooks. */
  signature(): unknown;
}
