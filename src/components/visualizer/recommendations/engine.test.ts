import { describe, expect, it } from 'vitest';
import type { EventInput } from '../../../../playground/protocol/events.ts';
import { ev } from '../eventFixtures.ts';
import { RecommendationEngine } from './engine.ts';
import { buildReport, reportSummary } from './report.ts';
import type { MetricsSnapshot } from '../metrics.ts';

const slow = (id: number, duration: number) => ev({ id, source: 'redux', kind: 'dispatch', label: 'x', duration, meta: { store: 'store#1', actionType: 'tasks/sorted' } } as EventInput & { id: number });

const metrics = (p95: number | null, share: number | null): MetricsSnapshot => ({
  dispatches: 1,
  dispatchP95Ms: p95,
  renders: 10,
  unnecessaryRenders: 1,
  unnecessaryRenderShare: share,
  requestCount: 0,
  cacheReads: 0,
  cacheHits: 0,
  cacheHitShare: null,
});

describe('RecommendationEngine', () => {
  it('feeds each event once, whatever batches repeat, and lists the most severe findings first', () => {
    const engine = new RecommendationEngine();
    engine.add([slow(1, 20), ev({ id: 2, source: 'storage', kind: 'storage:write', label: 'w', meta: { area: 'localStorage', op: 'setItem', key: 'k' } })]);
    engine.add([slow(1, 20), slow(3, 90)]);
    const findings = engine.findings();
    expect(findings.map((f) => [f.key, f.severity])).toEqual([['tasks/sorted', 'medium']]);
    expect(findings[0]!.evidence).toEqual([1, 3]);
    expect(findings[0]!.explanation).toContain('2 of 2 dispatches');
    expect(engine.findings()).toBe(findings);
  });

  it('starts over on clear', () => {
    const engine = new RecommendationEngine();
    engine.add([slow(1, 20)]);
    engine.clear();
    expect(engine.findings()).toEqual([]);
    engine.add([slow(1, 20)]);
    expect(engine.findings()).toHaveLength(1);
  });
});

describe('report', () => {
  it('checks both budgets and fails when one is over', () => {
    const report = buildReport({ playground: 'perf', events: 3, metrics: metrics(12, 0.08), findings: [], now: new Date(0) });
    expect(report.budgets.map((b) => [b.name, b.pass])).toEqual([
      ['dispatch-p95-ms', true],
      ['unnecessary-render-share', false],
    ]);
    expect(report.pass).toBe(false);
    expect(buildReport({ playground: 'perf', events: 0, metrics: metrics(null, null), findings: [], now: new Date(0) }).pass).toBe(true);
  });

  it('prints a summary with each finding, its evidence and its fix', () => {
    const engine = new RecommendationEngine();
    engine.add([slow(7, 30)]);
    const report = buildReport({ playground: 'perf', events: 1, metrics: metrics(30, 0), findings: engine.findings(), now: new Date(0) });
    const text = reportSummary(report, 'https://statelab.test');
    expect(text).toContain('Budgets: pass');
    expect(text).toContain('- [medium] Slow action: tasks/sorted');
    expect(text).toContain('Evidence: events 7');
    expect(text).toContain('Fix: https://statelab.test/patterns/performance/#slow-actions');
  });
});
