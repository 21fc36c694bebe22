/**
 * `msw/experimental`: `defineNetwork` observes every network's life-cycle events (requests,
 * responses, unhandled requests, handler exceptions, WebSocket connections) through the bus.
 * The runtime's own wrapper (disposal on re-run) should wrap THIS module's `defineNetwork`.
 */
import * as experimental from 'msw/experimental';
import { bus } from '../bus.ts';
import { wrapDefineNetwork } from '../networkProbe.ts';

export * from 'msw/experimental';

export const defineNetwork: typeof experimental.defineNetwork = wrapDefineNetwork(experimental.defineNetwork, bus.emit, {
  diffs: bus.diffs,
});
