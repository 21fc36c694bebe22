import { describe, expect, it } from 'vitest';
import { measureProbeOverhead, measureProbeOverheadRatio } from './bench.ts';

// Timings are not asserted (machines differ); `npm run bench` prints them.
describe('probe overhead benchmark', () => {
  it('returns per-dispatch medians for a store of N entities', () => {
    const result = measureProbeOverhead(200, { dispatches: 30, warmup: 5 });
    expect(result).toMatchObject({ entityCount: 200, dispatches: 30 });
    for (const key of ['probeMedianUs', 'inSituProbeMedianUs', 'inSituNoopMedianUs', 'withProbeMedianUs', 'withoutProbeMedianUs'] as const) {
      expect(Number.isFinite(result[key])).toBe(true);
      expect(result[key]).toBeGreaterThanOrEqual(0);
    }
  });

  it('computes the probe-overhead ratio between two store sizes', () => {
    const { ratio, inSituRatio, small, large } = measureProbeOverheadRatio(2_000, 100, { dispatches: 20, warmup: 5 });
    expect(small.entityCount).toBe(100);
    expect(large.entityCount).toBe(2_000);
    expect(ratio).toBeGreaterThan(0);
    expect(Number.isFinite(inSituRatio)).toBe(true);
  });
});
