/**
 * The budget line and the exported report: the seed's two budgets (p95 dispatch under 100 ms,
 * under 5% unnecessary renders) checked against the live metrics, with the findings.
 */
import type { MetricsSnapshot } from '../metrics.ts';
import { P95_BUDGET_MS } from './slowAction.ts';
import type { Finding } from './types.ts';
import { UNNECESSARY_BUDGET } from './unnecessaryRenders.ts';

export interface BudgetCheck {
  name: 'dispatch-p95-ms' | 'unnecessary-render-share';
  label: string;
  /** null: nothing measured yet (passes). */
  value: number | null;
  budget: number;
  pass: boolean;
}

export function budgetChecks(metrics: MetricsSnapshot): BudgetCheck[] {
  const p95 = metrics.dispatchP95Ms;
  const share = metrics.unnecessaryRenderShare;
  return [
    { name: 'dispatch-p95-ms', label: 'p95 dispatch', value: p95, budget: P95_BUDGET_MS, pass: p95 === null || p95 <= P95_BUDGET_MS },
    { name: 'unnecessary-render-share', label: 'Unnecessary renders', value: share, budget: UNNECESSARY_BUDGET, pass: share === null || share <= UNNECESSARY_BUDGET },
  ];
}

export function formatBudgetValue(check: BudgetCheck): string {
  if (check.value === null) return '–';
  return check.name === 'dispatch-p95-ms' ? `${Math.round(check.value * 10) / 10} ms` : `${Math.round(check.value * 1000) / 10}%`;
}

export function formatBudget(check: BudgetCheck): string {
  return check.name === 'dispatch-p95-ms' ? `${check.budget} ms` : `${check.budget * 100}%`;
}

export interface RecommendationsReport {
  format: 'statelab-recommendations';
  version: 1;
  playground: string;
  exportedAt: string;
  /** Events analysed since the last clear. */
  events: number;
  budgets: BudgetCheck[];
  pass: boolean;
  findings: Finding[];
}

export function buildReport(input: { playground: string; events: number; metrics: MetricsSnapshot; findings: readonly Finding[]; now: Date }): RecommendationsReport {
  const budgets = budgetChecks(input.metrics);
  return {
    format: 'statelab-recommendations',
    version: 1,
    playground: input.playground,
    exportedAt: input.now.toISOString(),
    events: input.events,
    budgets,
    pass: budgets.every((b) => b.pass),
    findings: [...input.findings],
  };
}

/** The report as plain text, for printing or pasting into an issue. */
export function reportSummary(report: RecommendationsReport, origin = ''): string {
  const lines = [
    `StateLab recommendations: ${report.playground} (${report.exportedAt})`,
    `${report.events} events analysed. Budgets: ${report.pass ? 'pass' : 'FAIL'}`,
    ...report.budgets.map((b) => `  ${b.pass ? 'pass' : 'FAIL'}  ${b.label}: ${formatBudgetValue(b)} (budget ${formatBudget(b)})`),
    '',
    report.findings.length ? `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}:` : 'No findings.',
  ];
  for (const f of report.findings) {
    lines.push(`- [${f.severity}] ${f.title}`, `  ${f.explanation}`, `  Evidence: events ${f.evidence.join(', ')}`, `  Fix: ${origin}${f.fix}`);
  }
  return lines.join('\n');
}

/** `statelab-recommendations-<playground>-<timestamp>.json`. */
export function reportFileName(playground: string, now = new Date()): string {
  return `statelab-recommendations-${playground}-${now.toISOString().replace(/[:.]/g, '-')}.json`;
}

/** Opens the summary as a plain page and asks the browser to print it. */
export function printSummary(report: RecommendationsReport, win: Window = window): void {
  const page = win.open('', '_blank');
  if (!page) return;
  const pre = page.document.createElement('pre');
  pre.style.whiteSpace = 'pre-wrap';
  pre.textContent = reportSummary(report, win.location.origin);
  page.document.title = `StateLab recommendations: ${report.playground}`;
  page.document.body.append(pre);
  page.print();
}
