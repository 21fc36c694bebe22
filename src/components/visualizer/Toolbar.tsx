import type { EventSource } from '../../../playground/protocol/events.ts';
import SourceFilter from './SourceFilter.tsx';

interface ToolbarProps {
  paused: boolean;
  onPause: () => void;
  onClear: () => void;
  onExport: () => void;
  sources: ReadonlySet<EventSource>;
  onSources: (sources: ReadonlySet<EventSource>) => void;
  search: string;
  onSearch: (text: string) => void;
}

/** Pause, clear, export, source chips and the text search. */
export default function Toolbar({ paused, onPause, onClear, onExport, sources, onSources, search, onSearch }: ToolbarProps) {
  return (
    <div className="visualizer__toolbar">
      <div className="visualizer__actions">
        <button type="button" onClick={onPause} aria-pressed={paused} data-visualizer-action="pause">
          {paused ? 'Resume' : 'Pause'}
        </button>
        <button type="button" onClick={onClear} data-visualizer-action="clear">
          Clear
        </button>
        <button type="button" onClick={onExport} data-visualizer-action="export">
          Export
        </button>
      </div>
      <SourceFilter shown={sources} onChange={onSources} />
      <input
        type="search"
        className="visualizer__search"
        placeholder="Search events"
        aria-label="Search events"
        value={search}
        onChange={(event) => onSearch(event.target.value)}
        data-visualizer-search
      />
    </div>
  );
}
