/** The session as a JSON file the reader can keep, share or diff (built here, downloaded locally). */
import type { TimelineEvent } from '../../../playground/protocol/events.ts';
import type { DiffMessage } from '../../../playground/protocol/messages.ts';
import type { MetricsSnapshot } from './metrics.ts';
import type { CacheRow } from './queryCache.ts';

export interface SessionExport {
  format: 'statelab-session';
  version: 1;
  playground: string;
  exportedAt: string;
  /** `performance.timeOrigin` of the sandbox: `timeOrigin + event.time` is epoch ms. */
  timeOrigin: number | null;
  /** Events that were dropped before the export (not included). */
  dropped: number;
  metrics: MetricsSnapshot;
  queryCache: readonly CacheRow[];
  events: TimelineEvent[];
  /** The diffs the reader opened, by `diffId`. */
  diffs: Record<string, Pick<DiffMessage, 'entries' | 'truncated' | 'error'>>;
}

export interface SessionParts {
  playground: string;
  timeOrigin: number | null;
  dropped: number;
  metrics: MetricsSnapshot;
  queryCache: readonly CacheRow[];
  events: TimelineEvent[];
  diffs: ReadonlyMap<number, DiffMessage>;
  now?: Date;
}

export function buildSessionExport(parts: SessionParts): SessionExport {
  const diffs: SessionExport['diffs'] = {};
  for (const [id, { entries, truncated, error }] of parts.diffs) diffs[id] = error ? { entries, truncated, error } : { entries, truncated };
  return {
    format: 'statelab-session',
    version: 1,
    playground: parts.playground,
    exportedAt: (parts.now ?? new Date()).toISOString(),
    timeOrigin: parts.timeOrigin,
    dropped: parts.dropped,
    metrics: parts.metrics,
    queryCache: parts.queryCache,
    events: parts.events,
    diffs,
  };
}

/** `statelab-<playground>-2025-01-31T12-00-00.json` */
export function exportFileName(playground: string, now = new Date()): string {
  return `statelab-${playground}-${now.toISOString().slice(0, 19).replace(/:/g, '-')}.json`;
}

/** Saves `data` as a file through a Blob URL: nothing leaves the machine. */
export function downloadJson(data: unknown, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL can go on the next task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
