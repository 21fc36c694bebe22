/**
 * Where the playground runtime is served. Production builds set
 * PUBLIC_SANDBOX_URL (e.g. https://sandbox.example.org/); locally the runtime is
 * on the port after the docs site's. Sandpack needs an absolute URL, so this runs
 * in the browser.
 */
export function sandboxUrl(location: Location = window.location): string {
  const configured = import.meta.env.PUBLIC_SANDBOX_URL as string | undefined;
  if (configured) return new URL(configured).href;
  const port = Number(location.port || (location.protocol === 'https:' ? 443 : 80)) + 1;
  return `${location.protocol}//${location.hostname}:${port}/`;
}
