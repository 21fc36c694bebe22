/** The parts of react-refresh's runtime (CommonJS, untyped) the playground runtime uses. */
declare module 'react-refresh/runtime' {
  export function injectIntoGlobalHook(globalObject: object): void;
  export function register(type: unknown, id: string): void;
  export function createSignatureFunctionForTransform(): (type?: unknown, key?: string, forceReset?: boolean, getCustomHooks?: () => unknown[]) => unknown;
  export function isLikelyComponentType(type: unknown): boolean;
  export function performReactRefresh(): { updatedFamilies: Set<unknown>; staleFamilies: Set<unknown> } | null;
}
