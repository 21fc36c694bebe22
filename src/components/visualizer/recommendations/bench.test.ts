import { describe, expect, it } from 'vitest';
import { measureRecommendations, syntheticSession } from './bench.ts';

// The time is not asserted (machines differ); `npm run bench` prints `recommendations-100k-ms`.
describe('recommendations benchmark', () => {
  it('analyses a synthetic session that sets off several rules', () => {
    expect(syntheticSession(1_000)).toHaveLength(1_000);
    const { ms, findings } = measureRecommendations(6_000, 100);
    expect(Number.isFinite(ms)).toBe(true);
    expect(findings).toBeGreaterThan(3);
  });
});
