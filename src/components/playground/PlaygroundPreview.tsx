import { ErrorOverlay, LoadingOverlay, RefreshIcon, RoundedButton, SandpackStack, useSandpackClient, useSandpackNavigation } from '@codesandbox/sandpack-react';
import { useLayoutEffect, useRef } from 'react';
import { adoptRunningFrames } from './adoptRunningFrames.ts';
import { canMoveFrames, PREVIEW_FRAME } from './BootPreviewFrame.tsx';

adoptRunningFrames();

/**
 * Puts the playground's boot frame (already running the example, see BootPreviewFrame.tsx) into
 * `container` without reloading it. Without a boot frame to keep (a browser that cannot move a
 * frame without reloading it), a new frame, which Sandpack's client loads as usual.
 */
function placeFrame(container: HTMLElement, bootFrame: HTMLIFrameElement | null): HTMLIFrameElement {
  if (bootFrame?.isConnected && canMoveFrames(container)) {
    container.moveBefore(bootFrame, container.firstChild);
    return bootFrame;
  }
  const frame = document.createElement('iframe');
  Object.assign(frame, { title: PREVIEW_FRAME.title, className: PREVIEW_FRAME.className });
  frame.setAttribute('sandbox', PREVIEW_FRAME.sandbox);
  frame.setAttribute('allow', PREVIEW_FRAME.allow);
  container.prepend(frame);
  return frame;
}

/**
 * Sandpack's preview (its refresh button and overlays) around the playground's own frame: the
 * one the page's HTML started before Sandpack loaded, handed to Sandpack's client as if it had
 * made it. (`SandpackPreview` always makes a new frame.)
 */
export default function PlaygroundPreview({ bootFrame }: { bootFrame: HTMLIFrameElement | null }) {
  const { iframe, clientId, sandpack } = useSandpackClient();
  const { refresh } = useSandpackNavigation(clientId);
  const container = useRef<HTMLDivElement>(null);
  // Before the hook's own effect registers `iframe.current` with Sandpack (layout effects run first).
  useLayoutEffect(() => {
    iframe.current = placeFrame(container.current!, bootFrame);
  }, [bootFrame, iframe]);
  return (
    <SandpackStack className="sp-preview">
      <div ref={container} className="sp-preview-container playground__preview-container">
        <div className="sp-preview-actions playground__preview-actions">
          {sandpack.status === 'running' && (
            <RoundedButton onClick={refresh}>
              <RefreshIcon />
            </RoundedButton>
          )}
        </div>
        {/* A frame it adopted already shows the example: no loading curtain over it. */}
        {!bootFrame && <LoadingOverlay clientId={clientId} showOpenInCodeSandbox={false} />}
        <ErrorOverlay />
      </div>
    </SandpackStack>
  );
}
