import { useEffect } from 'react';
import type { RenderMeta } from '../../../playground/protocol/events.ts';
import type { DiffMessage } from '../../../playground/protocol/messages.ts';
import type { Serialized } from '../../../playground/protocol/serialize.ts';
import DiffView from './DiffView.tsx';
import JsonTree from './JsonTree.tsx';
import TableScroll from './TableScroll.tsx';
import { formatDuration, formatRelative, formatWriter } from './format.ts';
import { SOURCE_LABELS } from './sources.ts';
import type { TimelineEntry } from './timelineStore.ts';
import { requestStatus } from './TimelineRow.tsx';

interface EventDetailsProps {
  entry: TimelineEntry | undefined;
  /** The event heading its group, when it is another event. */
  head: TimelineEntry | undefined;
  diff: DiffMessage | undefined;
  startTime: number;
  onRequestDiff: (diffId: number) => void;
  onSelect: (id: number) => void;
}

function RenderedComponents({ meta }: { meta: RenderMeta }) {
  return (
    <table className="visualizer__table">
      <thead>
        <tr>
          <th scope="col">Component</th>
          <th scope="col">Renders</th>
          <th scope="col">Unnecessary</th>
          <th scope="col">Mounts</th>
          <th scope="col">Total so far</th>
        </tr>
      </thead>
      <tbody>
        {meta.components.map((c) => (
          <tr key={c.name} className={c.unnecessary ? 'visualizer__unnecessary' : undefined}>
            <td>{c.name}</td>
            <td>{c.count}</td>
            <td>{c.unnecessary}</td>
            <td>{c.mounts}</td>
            <td>{c.total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A request row's two ends in words: when it started, when and how it ended, how long it took. */
function RequestSummary({ entry, startTime }: { entry: TimelineEntry; startTime: number }) {
  const { start, end } = entry.request!;
  const status = requestStatus(entry);
  const outcome = status === 'pending' ? 'waiting for an answer' : status === 'error' ? 'no response (network error)' : status === 'unhandled' ? 'no handler' : String(end?.meta?.status ?? '') + (end?.meta?.statusText ? ` ${end.meta.statusText}` : '');
  return (
    <dl className="visualizer__request" aria-label="Request">
      <dt>Request</dt>
      <dd>
        <code>{start.label}</code>
      </dd>
      <dt>Started</dt>
      <dd>{formatRelative(start.time - startTime)}</dd>
      <dt>Answer</dt>
      <dd data-request-outcome={status}>{outcome}</dd>
      {end && (
        <>
          <dt>Ended</dt>
          <dd>{formatRelative(end.time - startTime)}</dd>
          <dt>Took</dt>
          <dd>{formatDuration(end.duration ?? end.time - start.time)}</dd>
        </>
      )}
    </dl>
  );
}

/** The selected event: what it was, what it changed (diff), its payload and metadata. */
export default function EventDetails({ entry, head, diff, startTime, onRequestDiff, onSelect }: EventDetailsProps) {
  const diffId = entry?.event.diffId;
  useEffect(() => {
    if (diffId !== undefined && !diff) onRequestDiff(diffId);
  }, [diffId, diff, onRequestDiff]);

  if (!entry) {
    return <p className="visualizer__muted">Select an event in the timeline (click it, or use the arrow keys and Enter) to see its payload and what it changed.</p>;
  }
  const { event } = entry;
  const meta = event.meta as Serialized | undefined;
  return (
    <article className="visualizer__details" data-event-details={event.id} aria-label={`Event ${event.id}`}>
      <header className="visualizer__details-header">
        <span className="visualizer__badge" data-source={event.source}>
          {SOURCE_LABELS[event.source]}
        </span>
        <code>{entry.request ? 'request' : event.kind}</code>
        <span className="visualizer__muted">
          {formatRelative(event.time - startTime)}
          {event.duration !== undefined && ` · took ${formatDuration(event.duration)}`}
        </span>
      </header>
      <p className={entry.failed ? 'visualizer__details-label visualizer__failed' : 'visualizer__details-label'}>{event.label}</p>
      {event.source === 'storage' && event.meta?.writer && (
        <p className="visualizer__muted" data-storage-writer={event.meta.writer.name}>
          Written by {formatWriter(event.meta.writer)}
        </p>
      )}
      {entry.request && <RequestSummary entry={entry} startTime={startTime} />}
      {head && (
        <p className="visualizer__muted">
          Follows{' '}
          <button type="button" className="visualizer__link" onClick={() => onSelect(head.event.id)}>
            {head.event.label}
          </button>
        </p>
      )}
      {diffId !== undefined && (
        <section aria-label="State diff">
          <h4>Changes</h4>
          <DiffView diff={diff} />
        </section>
      )}
      {diffId === undefined && event.changedPaths && event.changedPaths.length > 0 && (
        <section aria-label="Changed paths">
          <h4>Changed</h4>
          <p>
            <code>{event.changedPaths.join(', ')}</code>
          </p>
        </section>
      )}
      {event.source === 'render' && event.meta && (
        <section aria-label="Rendered components">
          <h4>Rendered</h4>
          <TableScroll label="Rendered components">
            <RenderedComponents meta={event.meta} />
          </TableScroll>
        </section>
      )}
      {event.data !== undefined && (
        <section aria-label="Payload">
          <h4>Payload</h4>
          <JsonTree value={event.data} />
        </section>
      )}
      {meta !== undefined && event.source !== 'render' && (
        <section aria-label="Details">
          <h4>Details</h4>
          <JsonTree value={meta} />
        </section>
      )}
    </article>
  );
}
