/**
 * The shape every recommendation rule shares. A rule reads the raw event stream (never the
 * timeline's rows) one event at a time, as events arrive, and can say at any moment what it
 * found. `add` must be cheap (O(1) amortized): the tab analyses every event of a session.
 */
import type { TimelineEvent } from '../../../../playground/protocol/events.ts';

export type Severity = 'high' | 'medium' | 'low';

export interface Finding {
  /** The rule's id, e.g. `slow-action`. */
  rule: string;
  /** Identifies the finding within its rule (an action type, a component, a URL…). */
  key: string;
  severity: Severity;
  /** A short headline: "Slow action: tasks/sorted". */
  title: string;
  /** One sentence: what happened, and why it costs. */
  explanation: string;
  /** Ids of the events that show it (the most recent ones, at most `MAX_EVIDENCE`). */
  evidence: number[];
  /** The guide section that shows the fix. */
  fix: string;
}

/** One rule's running analysis of a session. */
export interface Analyzer {
  /** Takes one event; returns true when it concerned this rule (its findings may have changed). */
  add(event: TimelineEvent): boolean;
  findings(): Finding[];
}

export interface Rule {
  id: string;
  /** What it looks for, in a few words (the tab lists the rules it ran). */
  title: string;
  create(): Analyzer;
}

export const GUIDE = '/patterns/performance/';
export const MAX_EVIDENCE = 20;

export const guideSection = (anchor: string): string => `${GUIDE}#${anchor}`;

/** Feeds `events` to a fresh analyzer of `rule`: what a test or a one-off report needs. */
export function analyze(rule: Rule, events: Iterable<TimelineEvent>): Finding[] {
  const analyzer = rule.create();
  for (const event of events) analyzer.add(event);
  return analyzer.findings();
}
