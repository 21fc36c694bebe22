import { memo } from 'react';
import type { TimelineEntry } from './timelineStore.ts';
import { SOURCE_LABELS } from './sources.ts';
import { formatDuration, formatRelative, formatWriter } from './format.ts';

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

/** What a request row says about its outcome: the status, `pending`, `error` or `unhandled`. */
export function requestStatus(entry: TimelineEntry): string | undefined {
  const request = entry.request;
  if (!request) return undefined;
  const end = request.end;
  if (!end) return 'pending';
  if (end.kind === 'request:end') return String(end.meta?.status ?? '');
  return end.kind === 'request:error' ? 'error' : 'unhandled';
}

/** The tooltip of a request row: start, end, status and duration in words. */
function requestTitle(entry: TimelineEntry, startTime: number): string {
  const { start, end } = entry.request!;
  const begun = `${start.label}, started ${formatRelative(start.time - startTime)}`;
  if (!end) return `${begun}, waiting for an answer`;
  const status = end.meta?.status !== undefined ? `${end.meta.status}${end.meta.statusText ? ` ${end.meta.statusText}` : ''}` : end.kind.slice('request:'.length);
  return `${begun}, ended ${formatRelative(end.time - startTime)} (${status}) after ${formatDuration(end.duration)}`;
}

/**
 * One event: source badge, kind, label, time since the session start, duration. A request is one
 * row (`data-event-kind="request"`): its start time, and once answered its status and duration.
 */
function TimelineRow({ entry, domId, selected, groupSize, startTime, top, onSelect }: TimelineRowProps) {
  const { event } = entry;
  const status = requestStatus(entry);
  const className = [
    'visualizer__row',
    entry.isHead ? 'visualizer__row--head' : 'visualizer__row--member',
    entry.failed && 'visualizer__row--failed',
    entry.internal && 'visualizer__row--internal',
    selected && 'visualizer__row--selected',
  ]
    .filter(Boolean)
    .join(' ');
  const label = status === 'pending' ? `${event.label} …` : event.label;
  const writer = event.source === 'storage' ? event.meta?.writer : undefined;
  const title = entry.request
    ? requestTitle(entry, startTime)
    : entry.internal
      ? `${event.label} (internal: ${event.internal})`
      : writer
        ? `${event.label}, written by ${formatWriter(writer)}`
        : event.label;
  return (
    <div
      id={domId}
      role="option"
      aria-selected={selected}
      className={className}
      style={{ transform: `translateY(${top}px)` }}
      data-event-source={event.source}
      data-event-kind={entry.request ? 'request' : event.kind}
      data-event-id={event.id}
      data-event-group={entry.group}
      data-event-failed={entry.failed || undefined}
      data-event-internal={event.internal}
      data-request-status={status}
      data-storage-writer={writer?.name}
      onClick={() => onSelect(event.id)}
    >
      <span className="visualizer__badge" data-source={event.source}>
        {SOURCE_LABELS[event.source]}
      </span>
      <span className="visualizer__kind">{entry.request ? 'request' : event.kind}</span>
      {writer ? (
        // Two parts that each shorten, so a narrow panel still shows who wrote.
        <span className="visualizer__label visualizer__label--split" title={title}>
          <span className="visualizer__label-text">{label}</span>
          <span className="visualizer__writer">
            · {writer.name}
            {writer.name !== formatWriter(writer) && <span className="visualizer__writer-more">{formatWriter(writer).slice(writer.name.length)}</span>}
          </span>
        </span>
      ) : (
        <span className="visualizer__label" title={title}>
          {label}
          {entry.internal && <span className="visualizer__internal-owner"> · {event.internal}</span>}
        </span>
      )}
      {entry.isHead && groupSize > 1 && (
        <span className="visualizer__group-size" title={`${groupSize - 1} related events follow`}>
          +{groupSize - 1}
        </span>
      )}
      <span className="visualizer__time">{formatRelative(event.time - startTime)}</span>
      <span className="visualizer__duration">{status === 'pending' ? '…' : event.duration === undefined ? '' : formatDuration(event.duration)}</span>
    </div>
  );
}

export default memo(TimelineRow);
