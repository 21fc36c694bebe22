/** The type-check worker's URL on the site, defined by build/astroIntegration.ts at build time. */
declare const __STATELAB_TYPECHECK_WORKER__: string;
