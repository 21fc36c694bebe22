import type { MetricsSnapshot } from '../metrics.ts';
import { budgetChecks, formatBudget, formatBudgetValue } from './report.ts';
import type { Finding } from './types.ts';
import './recommendations.css';

interface RecommendationsPanelProps {
  findings: readonly Finding[];
  metrics: MetricsSnapshot;
  /** Number of rules that ran. */
  rules: number;
  /** The finding whose evidence is highlighted on the timeline. */
  shown: Finding | undefined;
  /** Highlight `finding`'s evidence on the timeline and select `eventId` (its first by default). */
  onShow: (finding: Finding, eventId?: number) => void;
  onExport: () => void;
  onPrint: () => void;
}

const findingId = (f: Finding) => `${f.rule} ${f.key}`;

/**
 * The Recommendations tab: the two budgets, then what the rules found, most severe first. Each
 * finding's evidence selects and highlights its events on the timeline; its link opens the
 * guide section that shows the fix.
 */
export default function RecommendationsPanel({ findings, metrics, rules, shown, onShow, onExport, onPrint }: RecommendationsPanelProps) {
  const budgets = budgetChecks(metrics);
  const pass = budgets.every((b) => b.pass);
  return (
    <div className="recommendations" data-recommendations={findings.length}>
      <div className="recommendations__budget" data-budget-pass={pass}>
        {budgets.map((b) => (
          <span key={b.name} className="recommendations__check" data-budget={b.name} data-pass={b.pass}>
            <span className="recommendations__verdict">{b.pass ? 'pass' : 'fail'}</span> {b.label} {formatBudgetValue(b)}
            <span className="recommendations__limit"> / {formatBudget(b)}</span>
          </span>
        ))}
        <span className="recommendations__actions">
          <button type="button" onClick={onExport} data-recommendations-action="export">
            Export report
          </button>
          <button type="button" onClick={onPrint} data-recommendations-action="print">
            Printable summary
          </button>
        </span>
      </div>
      {findings.length === 0 ? (
        <p className="recommendations__empty" data-recommendations-empty>
          Nothing to fix: none of the {rules} rules found a problem in what this playground did so far.
        </p>
      ) : (
        <ol className="recommendations__list">
          {findings.map((f) => {
            const active = shown !== undefined && findingId(shown) === findingId(f);
            return (
              <li key={findingId(f)} className="recommendations__finding" data-finding={f.rule} data-finding-key={f.key} data-severity={f.severity} data-shown={active || undefined}>
                <p className="recommendations__title">
                  <span className={`recommendations__severity recommendations__severity--${f.severity}`}>{f.severity}</span> {f.title}
                </p>
                <p className="recommendations__explanation">{f.explanation}</p>
                <p className="recommendations__evidence">
                  <button type="button" onClick={() => onShow(f)} aria-pressed={active} data-evidence-show>
                    Show on the timeline
                  </button>{' '}
                  {f.evidence.map((id) => (
                    <button key={id} type="button" className="recommendations__event" onClick={() => onShow(f, id)} data-evidence-id={id} aria-label={`Select event ${id}`}>
                      #{id}
                    </button>
                  ))}
                </p>
                <p className="recommendations__fix">
                  <a href={f.fix} target="_blank" data-finding-fix>
                    How to fix it
                  </a>
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

/**
 * CSS that highlights `ids`' rows in the timeline of the panel `playground` (rows carry
 * `data-event-id`; the virtualized list draws only some, so a selector does it for any).
 */
export function highlightCss(playground: string, ids: readonly number[]): string {
  if (ids.length === 0) return '';
  const root = `[data-visualizer="${CSS.escape(playground)}"]`;
  return `${ids.map((id) => `${root} [data-visualizer-timeline] [data-event-id="${id}"]`).join(',\n')} {
  box-shadow: inset 4px 0 0 var(--sl-color-orange-high, orange);
  background: var(--sl-color-orange-low, rgba(255, 165, 0, 0.2));
}`;
}
