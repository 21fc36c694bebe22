/** The type-check worker's URL on the site, defined by build/astroIntegration.ts at build time. */
declare const __STATELAB_TYPECHECK_WORKER__: string;
/** The URL of the worker's lib and package types (a TypeBundle as JSON), likewise. */
declare const __STATELAB_TYPECHECK_TYPES__: string;
