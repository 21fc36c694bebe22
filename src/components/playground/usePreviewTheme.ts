import { useSandpack } from '@codesandbox/sandpack-react';
import { useEffect, type RefObject } from 'react';
import { pageMessage, type ThemeMessage } from '../../../playground/protocol/messages.ts';
import { previewFrameOf } from '../visualizer/channel.ts';
import { useStarlightTheme } from './useStarlightTheme.ts';

/**
 * Keeps the preview's theme the page's (its first paint has it from its address, see
 * playground/protocol/previewUrl.ts): sends it when the reader switches theme, and when a run
 * starts (the frame may have loaded after a switch). `anchor` is any element inside the playground.
 */
export function usePreviewTheme(anchor: RefObject<Element | null>, sandboxOrigin: string): void {
  const theme = useStarlightTheme();
  const { listen } = useSandpack();
  useEffect(() => {
    const send = () => previewFrameOf(anchor.current)?.postMessage(pageMessage<ThemeMessage>({ type: 'theme', theme }), sandboxOrigin);
    send();
    return listen((message) => {
      if (message.type === 'start') send();
    });
  }, [theme, listen, anchor, sandboxOrigin]);
}
