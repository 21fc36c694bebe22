/**
 * Where the playground runtime is served. Production builds set
 * PUBLIC_SANDBOX_URL (e.g. https://sandbox.example.org/); locally the runtime is
 * on the port after the docs site's. Sandpack needs an absolute URL, so this runs
 * in the browser.
 */
export function sandboxUrl(location: Location = window.location): string {
  return runtimeOrigin(location, configuredSandboxUrl());
}

/** PUBLIC_SANDBOX_URL, or '' when the runtime is on the port after the docs site's. */
export function configuredSandboxUrl(): string {
  return (import.meta.env.PUBLIC_SANDBOX_URL as string | undefined) ?? '';
}

/**
 * `sandboxUrl` without the build's settings: no imports and a plain function, because the
 * preview frame's inline start-up script (BootPreviewFrame.tsx) carries its source.
 */
export function runtimeOrigin(location: Pick<Location, 'protocol' | 'hostname' | 'port'>, configured: string): string {
  if (configured) return new URL(configured).href;
  const port = Number(location.port || (location.protocol === 'https:' ? 443 : 80)) + 1;
  return `${location.protocol}//${location.hostname}:${port}/`;
}
