import type { DiffMessage } from '../../../playground/protocol/messages.ts';
import { formatPath, previewValue } from './format.ts';

/** A state diff: one line per changed path, before → after, added and removed in their colours. */
export default function DiffView({ diff }: { diff: DiffMessage | undefined }) {
  if (!diff) return <p className="visualizer__muted">Loading the diff…</p>;
  if (diff.error === 'expired') return <p className="visualizer__muted">This diff is no longer kept in the sandbox (only the latest changes are).</p>;
  if (diff.error) return <p className="visualizer__muted">The diff could not be computed{diff.message ? `: ${diff.message}` : ''}.</p>;
  if (diff.entries.length === 0) return <p className="visualizer__muted">No change.</p>;
  return (
    <>
      <ul className="diff" data-diff>
        {diff.entries.map((entry, i) => (
          <li key={i} className={`diff__entry diff__entry--${entry.kind}`} data-diff-kind={entry.kind} data-diff-path={entry.path.join('.')}>
            <span className="diff__sign" aria-hidden="true">
              {entry.kind === 'added' ? '+' : entry.kind === 'removed' ? '−' : '~'}
            </span>
            <code className="diff__path">{formatPath(entry.path)}</code>
            {entry.kind === 'changed' && (
              <>
                <code className="diff__before">{previewValue(entry.before)}</code>
                <span aria-label="becomes"> → </span>
                <code className="diff__after">{previewValue(entry.after)}</code>
              </>
            )}
            {entry.kind === 'added' && <code className="diff__after">{previewValue(entry.after)}</code>}
            {entry.kind === 'removed' && <code className="diff__before">{previewValue(entry.before)}</code>}
            <span className="visualizer__sr-only"> ({entry.kind})</span>
          </li>
        ))}
      </ul>
      {diff.truncated && <p className="visualizer__muted">More changes than shown.</p>}
    </>
  );
}
