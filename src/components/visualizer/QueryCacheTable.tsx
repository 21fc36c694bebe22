import { useEffect, useState } from 'react';
import { freshness, type CacheRow } from './queryCache.ts';
import TableScroll from './TableScroll.tsx';

function ago(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s} s ago` : `${Math.floor(s / 60)} min ago`;
}

function FreshnessCell({ row, now }: { row: CacheRow; now: number }) {
  const f = freshness(row, now);
  switch (f.kind) {
    case 'fresh':
      return <span className="visualizer__fresh">fresh{f.msLeft === null ? ' (never stale)' : ` · ${Math.ceil(f.msLeft / 1000)} s left`}</span>;
    case 'stale':
      return <span className="visualizer__stale">stale</span>;
    case 'until-invalidated':
      return <span className="visualizer__fresh" title="RTK Query keeps data until a mutation invalidates its tags">until invalidated</span>;
    default:
      return <span className="visualizer__muted">—</span>;
  }
}

/** Every query-cache entry: key, status, fetching, fresh or stale (time left), observers, last update. */
export default function QueryCacheTable({ rows }: { rows: readonly CacheRow[] }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  if (rows.length === 0) {
    return <p className="visualizer__muted">No query-cache entries yet. TanStack Query and RTK Query entries show up here as the app reads data.</p>;
  }
  return (
    <TableScroll label="Query cache entries">
      <table className="visualizer__table" data-query-cache>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Status</th>
            <th scope="col">Fetching</th>
            <th scope="col">Freshness</th>
            <th scope="col">Observers</th>
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-cache-key={row.key} data-cache-status={row.status}>
              <td>
                <code title={`${row.library} · ${row.owner}`}>{row.key}</code>
              </td>
              <td className={row.status === 'error' ? 'visualizer__failed' : undefined}>{row.status}</td>
              <td>{row.fetchStatus === 'idle' ? 'no' : row.fetchStatus}</td>
              <td>
                <FreshnessCell row={row} now={now} />
              </td>
              <td>{row.observers ?? '—'}</td>
              <td>{row.updatedAt === null ? '—' : ago(now - row.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
