import { ROW_HEIGHT } from '../Timeline.tsx';
import type { TimelineEntry } from '../timelineStore.ts';

/**
 * Scrolls the panel's virtualized timeline so that event `id`'s row is drawn, mid-list. The list
 * stops following new events once scrolled up (its own scroll handler decides), so the row stays.
 */
export function scrollTimelineTo(root: HTMLElement | null, entries: readonly TimelineEntry[], id: number, droppedRow: boolean): void {
  const list = root?.querySelector<HTMLElement>('[data-visualizer-timeline]');
  if (!list) return;
  let lo = 0;
  let hi = entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const midId = entries[mid]!.event.id;
    if (midId === id) {
      list.scrollTop = Math.max(0, (mid + (droppedRow ? 1 : 0)) * ROW_HEIGHT - list.clientHeight / 2);
      return;
    }
    if (midId < id) lo = mid + 1;
    else hi = mid - 1;
  }
}
