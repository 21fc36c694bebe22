import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { TimelineEntry, TimelineStore } from './timelineStore.ts';
import TimelineRow from './TimelineRow.tsx';

export const ROW_HEIGHT = 24;

interface TimelineProps {
  store: TimelineStore;
  entries: readonly TimelineEntry[];
  dropped: number;
  selectedId: number | null;
  idPrefix: string;
  onSelect: (id: number) => void;
  /** Enter on a row: show its details. */
  onOpen: (id: number) => void;
}

/** Index of event `id` in `entries` (sorted by id), or -1. */
function indexOfId(entries: readonly TimelineEntry[], id: number | null): number {
  if (id === null) return -1;
  let lo = 0;
  let hi = entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const midId = entries[mid]!.event.id;
    if (midId === id) return mid;
    if (midId < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The virtualized event list: only the rows in view exist in the DOM. It follows new events while
 * scrolled to the bottom. Keyboard: the list is one tab stop (a listbox); arrows, Page Up/Down,
 * Home and End move the selection, Enter opens the details.
 */
export default function Timeline({ store, entries, dropped, selectedId, idPrefix, onSelect, onOpen }: TimelineProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const follow = useRef(true);
  const offset = dropped > 0 ? 1 : 0;
  const count = entries.length + offset;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => (index < offset ? 'dropped' : entries[index - offset]!.event.id),
  });

  useLayoutEffect(() => {
    if (follow.current && count > 0) virtualizer.scrollToIndex(count - 1, { align: 'end' });
  }, [count, entries, virtualizer]);

  const onScroll = useCallback(() => {
    const el = scrollRef.current;
    if (el) follow.current = el.scrollTop + el.clientHeight >= el.scrollHeight - ROW_HEIGHT;
  }, []);

  const selectedIndex = indexOfId(entries, selectedId);
  useEffect(() => {
    if (selectedIndex >= 0 && !follow.current) virtualizer.scrollToIndex(selectedIndex + offset, { align: 'auto' });
  }, [selectedIndex, offset, virtualizer]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (entries.length === 0) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const last = entries.length - 1;
    const from = selectedIndex;
    let to: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
        to = from < 0 ? 0 : Math.min(last, from + 1);
        break;
      case 'ArrowUp':
        to = from < 0 ? last : Math.max(0, from - 1);
        break;
      case 'PageDown':
        to = Math.min(last, Math.max(0, from) + page);
        break;
      case 'PageUp':
        to = Math.max(0, (from < 0 ? last : from) - page);
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = last;
        break;
      case 'Enter':
      case ' ':
        if (selectedId !== null) {
          event.preventDefault();
          onOpen(selectedId);
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    follow.current = to === last;
    onSelect(entries[to]!.event.id);
    virtualizer.scrollToIndex(to + offset, { align: 'auto' });
  };

  const startTime = store.startTime ?? 0;
  const activeId = selectedIndex >= 0 ? `${idPrefix}-event-${selectedId}` : undefined;
  const internals = store.internals;
  // Mirrors the store's switch at once (the list itself redraws on the next frame).
  const [showInternals, setShowInternals] = useState(store.showInternals);
  const toggleInternals = (show: boolean) => {
    setShowInternals(show);
    store.setShowInternals(show);
  };
  return (
    <div className="visualizer__timeline-inner">
      <div
        ref={scrollRef}
        className="visualizer__list"
        role="listbox"
        aria-label="Timeline"
        aria-activedescendant={activeId}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onScroll={onScroll}
        data-visualizer-timeline
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            if (item.index < offset) {
              return (
                <div key="dropped" className="visualizer__dropped" role="presentation" style={{ transform: `translateY(${item.start}px)` }} data-timeline-dropped={dropped}>
                  {dropped.toLocaleString('en')} older events dropped
                </div>
              );
            }
            const entry = entries[item.index - offset]!;
            return (
              <TimelineRow
                key={item.key}
                entry={entry}
                domId={`${idPrefix}-event-${entry.event.id}`}
                selected={entry.event.id === selectedId}
                groupSize={entry.isHead ? store.groupSize(entry.event.id) : 0}
                startTime={startTime}
                top={item.start}
                onSelect={onOpen}
              />
            );
          })}
        </div>
      </div>
      {/* The runtime's and MSW's own storage and requests: hidden unless asked for. */}
      <label className="visualizer__internals" data-visualizer-internals={internals}>
        <input type="checkbox" checked={showInternals} onChange={(e) => toggleInternals(e.currentTarget.checked)} />
        Show internals
        <span className="visualizer__muted">
          {' '}
          ({internals === 0 ? 'none' : `${internals} ${showInternals ? 'shown' : 'hidden'}`})
        </span>
      </label>
    </div>
  );
}
