/**
 * The page's side of "Run the story": sends the story to one playground's preview (`play-story`,
 * through the runtime: playground/runtime/storyPlayer.ts) and follows its `story-progress`
 * replies; reads what the playground's visualizer counted from its stable markers
 * (src/components/visualizer/README.md: `data-metric`, `data-count`, `data-total`).
 */
import { isSandboxMessage, pageMessage, type PlayStoryMessage, type StoryProgressMessage, type StoryStep } from '../../../playground/protocol/messages.ts';
import type { StoryMeasurement } from '../../../playground/examples/migration-measure/storySteps.ts';
import { previewFrameOf } from '../visualizer/channel.ts';

export type { StoryMeasurement };

/** What the visualizer of the playground `root` has counted since its code last ran; null before it shows. */
export function readMeasurement(root: Element): StoryMeasurement | null {
  const metric = (name: string) => root.querySelector<HTMLElement>(`[data-metric="${name}"]`);
  const requests = metric('request-count');
  const dispatches = metric('dispatch-p95-ms');
  const renders = metric('unnecessary-render-share');
  if (!requests || !dispatches || !renders) return null;
  return {
    requests: Number(requests.dataset.value || 0),
    dispatches: Number(dispatches.dataset.count || 0),
    renders: Number(renders.dataset.total || 0),
    unnecessaryRenders: Number(renders.dataset.count || 0),
  };
}

/** The playground inside `root` (a compare view's side). */
function playgroundIn(root: Element): Element | null {
  return root.matches('[data-playground]') ? root : root.querySelector('[data-playground]');
}

/** Resolves once the playground in `root` has run its code and its preview can take a story. */
export async function whenReady(root: Element, timeoutMs = 60_000): Promise<void> {
  for (let waited = 0; ; waited += 100) {
    const playground = playgroundIn(root);
    // Ready, and its visualizer drawn: the panel waits for the first run to settle (its first requests answered).
    if (playground?.getAttribute('data-playground-status') === 'ready' && previewFrameOf(playground) && readMeasurement(playground)) return;
    if (waited >= timeoutMs) throw new Error('the playground did not load.');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let nextStoryId = 1;

/**
 * Plays `steps` in the preview of the playground `root`. `onProgress` gets the steps done so far;
 * resolves once the last one is done, rejects with the runtime's reason if one fails.
 */
export function playStoryIn(
  root: Element,
  sandboxOrigin: string,
  steps: StoryStep[],
  pauseMs: number,
  onProgress: (done: number) => void,
): Promise<void> {
  const playground = playgroundIn(root);
  const frame = previewFrameOf(playground);
  if (!frame) return Promise.reject(new Error('The preview has not loaded yet.'));
  const storyId = nextStoryId++;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== previewFrameOf(playground) || event.origin !== sandboxOrigin || !isSandboxMessage(event.data)) return;
      const message = event.data;
      if (message.type !== 'story-progress' || message.storyId !== storyId) return;
      const progress: StoryProgressMessage = message;
      onProgress(progress.step);
      if (!progress.done) return;
      window.removeEventListener('message', onMessage);
      if (progress.error) reject(new Error(progress.error));
      else resolve();
    };
    window.addEventListener('message', onMessage);
    frame.postMessage(pageMessage<PlayStoryMessage>({ type: 'play-story', storyId, steps, pauseMs }), sandboxOrigin);
  });
}
