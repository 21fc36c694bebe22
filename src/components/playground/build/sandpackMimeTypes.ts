/**
 * Stands in for `mime-db` inside Sandpack's client (see trimSandpackClient.ts). Sandpack
 * reads it only to label files its service-worker relay serves; our runtime never enables
 * that relay, so these few types of playground files are more than it can ever ask for.
 */
const mimeTypes: Record<string, { extensions: string[] }> = {
  'application/javascript': { extensions: ['js', 'mjs', 'cjs'] },
  'application/json': { extensions: ['json'] },
  'application/typescript': { extensions: ['ts', 'tsx', 'mts', 'cts'] },
  'text/css': { extensions: ['css'] },
  'text/html': { extensions: ['html', 'htm'] },
  'text/jsx': { extensions: ['jsx'] },
  'text/markdown': { extensions: ['md'] },
  'text/plain': { extensions: ['txt'] },
  'image/svg+xml': { extensions: ['svg'] },
};

export default mimeTypes;
