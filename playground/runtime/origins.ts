/**
 * Which docs origins may drive this runtime. A production build names them
 * (STATELAB_SITE_URL at build time); locally the docs site is served on the port
 * just below the runtime's, on the same loopback host.
 */
declare const __STATELAB_SITE_ORIGINS__: string;

export function allowedParentOrigins(location: Location = window.location): string[] {
  const configured = __STATELAB_SITE_ORIGINS__.split(',').filter(Boolean);
  if (configured.length > 0) return configured;
  // Chromium and Safari name the embedding page's origin; no need to guess then.
  const parent = location.ancestorOrigins?.[0];
  const docsPort = Number(location.port) - 1;
  const local = ['127.0.0.1', 'localhost'].map((host) => `${location.protocol}//${host}:${docsPort}`);
  if (parent && local.includes(parent)) return [parent];
  return local;
}
