/**
 * Where the mock backend lives. `.test` is a reserved top-level domain, so these
 * URLs can never reach a real host: if the mocks are off, requests fail loudly.
 */
export const API_BASE_URL = 'https://api.statelab.test';
export const REALTIME_URL = 'wss://api.statelab.test/realtime';
export const ACTIVITY_URL = `${API_BASE_URL}/activity`;

/** Every REST route, named the way fault controls and logs refer to it. */
export const ROUTE_IDS = [
  'GET /me',
  'GET /users',
  'GET /users/:id',
  'POST /users',
  'PATCH /users/:id',
  'GET /projects',
  'GET /projects/:id',
  'GET /projects/:id/stats',
  'POST /projects',
  'PATCH /projects/:id',
  'DELETE /projects/:id',
  'GET /tasks',
  'GET /tasks/:id',
  'POST /tasks',
  'PATCH /tasks/:id',
  'DELETE /tasks/:id',
  'GET /comments',
  'GET /comments/:id',
  'POST /comments',
  'PATCH /comments/:id',
  'DELETE /comments/:id',
  'GET /activity',
] as const;

export type RouteId = (typeof ROUTE_IDS)[number];

export function isRouteId(value: string): value is RouteId {
  return (ROUTE_IDS as readonly string[]).includes(value);
}
