import type { AstroIntegration } from 'astro';

export function sandboxRuntime(): AstroIntegration {
  return { name: 'statelab-sandbox-runtime', hooks: {} };
}
