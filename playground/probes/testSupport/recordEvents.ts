import type { EventInput, EventSource, TimelineEvent } from '../../protocol/events.ts';

/**
 * An `emit` for probe tests that keeps every event with an id and a time, as the
 * bus would, plus the events of one source with their precise type.
 */
export function recordEvents() {
  const events: TimelineEvent[] = [];
  let id = 0;
  const emit = (input: EventInput) => {
    const event = { ...input, id: ++id, time: input.time ?? performance.now() } as TimelineEvent;
    events.push(event);
    return event;
  };
  const ofSource = <S extends EventSource>(source: S) => events.filter((e): e is Extract<TimelineEvent, { source: S }> => e.source === source);
  return { emit, events, ofSource };
}
