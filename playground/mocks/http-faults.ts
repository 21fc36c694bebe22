import { HttpResponse } from 'msw';
import { sleep, type Clock } from './clock';
import type { Faults } from './faults';
import type { RouteId } from './routes';

/**
 * Applies the HTTP faults to one request: waits out the latency, then returns the
 * faulty response (a 500, or a network error when offline), or undefined to go on.
 */
export async function httpFault(faults: Faults, clock: Clock, route: RouteId | null): Promise<Response | undefined> {
  const decision = faults.decideHttp(route);
  if (decision.outcome === 'offline') return HttpResponse.error();
  await sleep(clock, decision.latencyMs);
  if (decision.outcome === 'error') {
    return HttpResponse.json(
      { message: `Internal server error (simulated: error rate on ${route ?? 'this route'})` },
      { status: 500 },
    );
  }
  return undefined;
}
