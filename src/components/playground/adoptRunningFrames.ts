import { SandpackRuntime } from '@codesandbox/sandpack-client/clients/runtime';
import { pageMessage, type AdoptMessage } from '../../../playground/protocol/messages.ts';
import { samePreviewDocument } from '../../../playground/protocol/previewUrl.ts';

interface RuntimeClientInternals {
  iframe: HTMLIFrameElement;
  bundlerURL: string;
  setLocationURLIntoIFrame(): void;
}

let installed = false;

/**
 * Sandpack's runtime client, when it starts, points its frame at the bundler URL: a frame that
 * already shows that document would load again (the preview blanks, and its app, requests and
 * timeline start over). For a frame the page started there itself (BootPreviewFrame), the
 * client asks the running runtime to say `initialized` again instead (an `adopt` message), and
 * registers and compiles on that answer as on a fresh frame's.
 *
 * This replaces one method of Sandpack's client (`setLocationURLIntoIFrame`, read from
 * @codesandbox/sandpack-client 2.19.8, pinned exactly): the e2e tests check there is one
 * preview frame per playground and that its app did not load twice.
 */
export function adoptRunningFrames(): void {
  if (installed) return;
  installed = true;
  const client = SandpackRuntime.prototype as unknown as RuntimeClientInternals;
  const navigate = client.setLocationURLIntoIFrame;
  client.setLocationURLIntoIFrame = function (this: RuntimeClientInternals) {
    const { iframe, bundlerURL } = this;
    const current = iframe.getAttribute('src');
    if (iframe.dataset.previewExample && current && iframe.contentWindow && samePreviewDocument(current, bundlerURL)) {
      iframe.contentWindow.postMessage(pageMessage<AdoptMessage>({ type: 'adopt' }), new URL(bundlerURL).origin);
      return;
    }
    navigate.call(this);
  };
}
