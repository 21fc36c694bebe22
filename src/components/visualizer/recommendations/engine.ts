/**
 * Runs every rule over a session's events as they arrive: each event is handed to each rule once
 * (O(rules) per event), and the findings are gathered only when read, at most once per change.
 */
import type { TimelineEvent } from '../../../../playground/protocol/events.ts';
import { RULES } from './rules.ts';
import type { Analyzer, Finding, Rule, Severity } from './types.ts';

const ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

export class RecommendationEngine {
  private readonly rules: readonly Rule[];
  private analyzers: Analyzer[];
  /** Each analyzer's findings as last read, or undefined when an event concerned it since. */
  private read: (readonly Finding[] | undefined)[] = [];
  private lastId = 0;
  private changes = 0;
  private cached: { version: number; findings: readonly Finding[] } | undefined;

  constructor(rules: readonly Rule[] = RULES) {
    this.rules = rules;
    this.analyzers = rules.map((rule) => rule.create());
  }

  /** Events in id order; ids at or below the last one seen are ignored (batches may repeat). */
  add(events: readonly TimelineEvent[]): void {
    for (const event of events) {
      if (event.id <= this.lastId) continue;
      this.lastId = event.id;
      for (let i = 0; i < this.analyzers.length; i++) {
        if (this.analyzers[i]!.add(event)) {
          this.read[i] = undefined;
          this.changes++;
        }
      }
    }
  }

  /** Every rule's findings, the most severe first (memoized until the next event). */
  findings(): readonly Finding[] {
    if (this.cached?.version === this.changes) return this.cached.findings;
    const findings = this.analyzers
      .flatMap((analyzer, i) => (this.read[i] ??= analyzer.findings()))
      .sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
    this.cached = { version: this.changes, findings };
    return findings;
  }

  get ruleCount(): number {
    return this.rules.length;
  }

  /** Starts over: a re-run or the Clear button. */
  clear(): void {
    this.analyzers = this.rules.map((rule) => rule.create());
    this.read = [];
    this.lastId = 0;
    this.changes++;
  }
}
