import * as experimental from '../../probes/instrumented/mswExperimental.ts';
import { currentRun } from '../runScope.ts';

export * from '../../probes/instrumented/mswExperimental.ts';

/**
 * defineNetwork, with the network disabled when the playground re-runs: its
 * interceptors patch window.fetch and WebSocket, and a second enable() on top of
 * a stale one would fail.
 */
export const defineNetwork: typeof experimental.defineNetwork = (options) => {
  const network = experimental.defineNetwork(options);
  currentRun()?.onDispose(async () => {
    if (network.readyState === experimental.NetworkReadyState.ENABLED) await network.disable();
  });
  return network;
};
