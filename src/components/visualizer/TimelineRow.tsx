import { memo } from 'react';
import type { TimelineEntry } from './timelineStore.ts';
import { SOURCE_LABELS } from './sources.ts';
import { formatDuration, formatRelative } from './format.ts';

interface TimelineRowProps {
  entry: TimelineEntry;
  domId: string;
  selected: boolean;
  /** Events in this row's group (shown on a head that has followers). */
  groupSize: number;
  startTime: number;
  top: number;
  onSelect: (id: number) => void;
}

/** One event: source badge, kind, label, time since the session start, duration. */
function TimelineRow({ entry, domId, selected, groupSize, startTime, top, onSelect }: TimelineRowProps) {
  const { event } = entry;
  const className = [
    'visualizer__row',
    entry.isHead ? 'visualizer__row--head' : 'visualizer__row--member',
    entry.failed && 'visualizer__row--failed',
    selected && 'visualizer__row--selected',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      id={domId}
      role="option"
      aria-selected={selected}
      className={className}
      style={{ transform: `translateY(${top}px)` }}
      data-event-source={event.source}
      data-event-kind={event.kind}
      data-event-id={event.id}
      data-event-group={entry.group}
      data-event-failed={entry.failed || undefined}
      onClick={() => onSelect(event.id)}
    >
      <span className="visualizer__badge" data-source={event.source}>
        {SOURCE_LABELS[event.source]}
      </span>
      <span className="visualizer__kind">{event.kind}</span>
      <span className="visualizer__label" title={event.label}>
        {event.label}
      </span>
      {entry.isHead && groupSize > 1 && (
        <span className="visualizer__group-size" title={`${groupSize - 1} related events follow`}>
          +{groupSize - 1}
        </span>
      )}
      <span className="visualizer__time">{formatRelative(event.time - startTime)}</span>
      <span className="visualizer__duration">{event.duration === undefined ? '' : formatDuration(event.duration)}</span>
    </div>
  );
}

export default memo(TimelineRow);
