import { EVENT_SOURCES, type EventSource } from '../../../playground/protocol/events.ts';
import { SOURCE_LABELS } from './sources.ts';

/** One checkbox chip per event source. */
export default function SourceFilter({ shown, onChange }: { shown: ReadonlySet<EventSource>; onChange: (shown: ReadonlySet<EventSource>) => void }) {
  const toggle = (source: EventSource) => {
    const next = new Set(shown);
    if (next.has(source)) next.delete(source);
    else next.add(source);
    onChange(next);
  };
  return (
    <fieldset className="visualizer__sources">
      <legend className="visualizer__sr-only">Sources shown</legend>
      {EVENT_SOURCES.map((source) => (
        <label key={source} className="visualizer__chip" data-source={source}>
          <input type="checkbox" checked={shown.has(source)} onChange={() => toggle(source)} data-source-filter={source} />
          {SOURCE_LABELS[source]}
        </label>
      ))}
    </fieldset>
  );
}
