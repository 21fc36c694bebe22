import type { UnhandledFrameHandle } from 'msw';
import { HttpNetworkFrame, WebSocketNetworkFrame } from 'msw/experimental';

/**
 * Nothing reaches the real network: a request no handler takes fails with a
 * network error, and such a socket errors and closes, after MSW prints which
 * URL had no handler. (The stock "error" strategy leaves unhandled sockets open.)
 */
export const rejectUnhandledFrames: UnhandledFrameHandle = ({ frame, defaults }) => {
  defaults.error();
  if (frame instanceof HttpNetworkFrame) {
    frame.respondWith(Response.error());
    return;
  }
  if (frame instanceof WebSocketNetworkFrame) {
    frame.data.connection.client.close(1006, 'No mock handler for this URL');
  }
  // Throwing makes MSW error the frame instead of connecting it to the real server.
  throw new Error('Unhandled network frame: the mock backend lets nothing through to the network');
};
