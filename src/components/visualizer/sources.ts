/** What the timeline says about each event source, and which events are failures. */
import type { EventSource, TimelineEvent } from '../../../playground/protocol/events.ts';

export const SOURCE_LABELS: Record<EventSource, string> = {
  redux: 'Redux',
  query: 'Query',
  atom: 'Atom',
  store: 'Store',
  network: 'Network',
  socket: 'Socket',
  render: 'Render',
  storage: 'Storage',
  sync: 'Sync',
};

/** Something went wrong in this event: the timeline shows it in the error colour. */
export function isFailure(event: TimelineEvent): boolean {
  switch (event.source) {
    case 'network':
      return event.kind === 'request:error' || event.kind === 'request:unhandled' || (event.meta?.status ?? 0) >= 400;
    case 'redux':
      return event.meta?.error !== undefined && event.meta.rtkQuery?.condition !== true;
    case 'query':
      return event.meta?.status === 'error' || event.meta?.action === 'failed' || event.meta?.action === 'error';
    case 'atom':
      return event.kind === 'atom:rejected';
    case 'socket':
      return event.kind === 'socket:error' || event.kind === 'sse:error';
    default:
      return false;
  }
}
