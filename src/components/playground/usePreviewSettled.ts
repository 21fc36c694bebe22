import { useSandpack } from '@codesandbox/sandpack-react';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { previewFrameOf, readMessage } from '../visualizer/channel.ts';

const SETTLE_FALLBACK_MS = 2000;

/**
 * Whether the playground's start-up is over: the runtime said its first run `settled` (the
 * code ran and what its first requests brought is painted, see playground/runtime/settle.ts),
 * or the run failed, or two seconds passed since the code ran.
 *
 * The preview shares the page's main thread, so the page holds back work that can wait (the
 * code editor's mount, the visualizer panel's first draw) until then: that work would
 * otherwise delay the preview's first paint. `anchor` is any element inside the playground.
 */
export function usePreviewSettled(anchor: RefObject<Element | null>, sandboxOrigin: string): boolean {
  const { listen } = useSandpack();
  // Sandpack makes a new `listen` on each of its renders: re-subscribing would cancel the
  // fallback timer, and a preview below the fold (its frame's timers throttled, no `settled`)
  // would then never count as settled.
  const listenRef = useRef(listen);
  listenRef.current = listen;
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (settled) return;
    const settle = () => setSettled(true);
    const onMessage = (event: MessageEvent) => {
      const inbound = readMessage(event, sandboxOrigin, previewFrameOf(anchor.current));
      if (inbound?.kind === 'sandbox' && inbound.message.type === 'settled') settle();
    };
    window.addEventListener('message', onMessage);
    let fallback: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = listenRef.current((message) => {
      if ((message.type === 'done' && message.compilatonError) || (message.type === 'action' && message.action === 'show-error')) settle();
      else if (message.type === 'done') fallback ??= setTimeout(settle, SETTLE_FALLBACK_MS);
    });
    return () => {
      window.removeEventListener('message', onMessage);
      unsubscribe();
      clearTimeout(fallback);
    };
  }, [settled, sandboxOrigin, anchor]);
  return settled;
}
