import type { MetricName, MetricsSnapshot } from './metrics.ts';
import { formatDuration, formatShare } from './format.ts';

interface MetricView {
  name: MetricName;
  label: string;
  value: number | null;
  text: string;
  /** One short line under the figure saying what it counts (shown, not only a tooltip). */
  note: string;
  title: string;
  /** The counts behind the figure, for scripts (`data-count`, `data-total`). */
  count?: number;
  total?: number;
}

function views(m: MetricsSnapshot): MetricView[] {
  return [
    {
      name: 'dispatch-p95-ms',
      label: 'Dispatch p95',
      value: m.dispatchP95Ms,
      text: formatDuration(m.dispatchP95Ms),
      count: m.dispatches,
      note: m.dispatches ? `over ${Math.min(m.dispatches, 1000)} dispatch${m.dispatches === 1 ? '' : 'es'}` : 'no dispatch yet',
      title: `95th percentile of the last ${Math.min(m.dispatches, 1000)} Redux dispatch durations (reducers and the middleware after the probe).`,
    },
    {
      name: 'unnecessary-render-share',
      label: 'Unnecessary renders',
      value: m.unnecessaryRenderShare,
      text: formatShare(m.unnecessaryRenderShare),
      count: m.unnecessaryRenders,
      total: m.renders,
      note: `${m.unnecessaryRenders} of ${m.renders} render${m.renders === 1 ? '' : 's'} changed nothing on screen`,
      title:
        `${m.unnecessaryRenders} of ${m.renders} component renders (mounts included) changed nothing on screen: no element or text ` +
        'in the component’s output was added, removed or changed. The render rows say why each component rendered, e.g. "new reference, equal contents".',
    },
    {
      name: 'request-count',
      label: 'Requests',
      value: m.requestCount,
      text: String(m.requestCount),
      note: 'HTTP requests the app made',
      title: 'HTTP requests the app made (REST and event streams).',
    },
    {
      name: 'cache-hit-share',
      label: 'Cache hits',
      value: m.cacheHitShare,
      text: formatShare(m.cacheHitShare),
      note: `${m.cacheHits} of ${m.cacheReads} read${m.cacheReads === 1 ? '' : 's'} served from the cache`,
      title:
        `${m.cacheHits} of ${m.cacheReads} cache reads were served without a request. A read is a component subscribing to a query ` +
        '(a TanStack Query observer, an RTK Query subscriber); a hit found fresh data (TanStack: success, not stale; RTK Query: no request started). ' +
        'Refetches after an invalidation are not reads.',
    },
  ];
}

/** The four live figures, each with `data-metric` and its raw value in `data-value`, and a line saying what it counts. */
export default function Metrics({ snapshot }: { snapshot: MetricsSnapshot }) {
  return (
    <dl className="visualizer__metrics">
      {views(snapshot).map((m) => (
        <div
          key={m.name}
          className="visualizer__metric"
          data-metric={m.name}
          data-value={m.value ?? ''}
          data-count={m.count}
          data-total={m.total}
          title={m.title}
        >
          <dt>{m.label}</dt>
          <dd>{m.text}</dd>
          <dd className="visualizer__metric-note" data-metric-note>
            {m.note}
          </dd>
        </div>
      ))}
    </dl>
  );
}
