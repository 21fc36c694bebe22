import { useSandpack } from '@codesandbox/sandpack-react';
import { useEffect, type RefObject } from 'react';
import { pageMessage, type ThemeMessage } from '../../../playground/protocol/messages.ts';
import { previewFrameOf } from '../visualizer/channel.ts';
import { useStarlightTheme } from './useStarlightTheme.ts';

const pageTheme = (): ThemeMessage['theme'] => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');

/**
 * The preview's URL with the page's current theme in its hash: the runtime reads it before its
 * first paint (playground/runtime/previewThemeBoot.ts), so a dark page never flashes a white
 * preview. Read once, when the playground mounts; switches after that go by message.
 */
export function withPreviewTheme(runtimeUrl: string): string {
  return `${runtimeUrl.split('#')[0]}#theme=${pageTheme()}`;
}

/**
 * Keeps the preview's theme the page's: sends it when the reader switches theme, and when a run
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
