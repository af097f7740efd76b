import { describe, expect, it } from 'vitest';
import { riskRatio, winRate } from '@/lib/calibrate/stats';

describe('winRate (Wilson 95% interval)', () => {
  it.each([
    // won, n, rate, low, high: Wilson score intervals worked out by hand with z = 1.96
    [8, 10, 0.8, 0.4902, 0.9433],
    [0, 10, 0, 0, 0.2775],
    [10, 10, 1, 0.7225, 1],
    [50, 100, 0.5, 0.4038, 0.5962],
  ])('%i won of %i is %f in [%f, %f]', (won, n, rate, low, high) => {
    const r = winRate(won, n);
    expect(r).toEqual({ won, n, rate, low: expect.closeTo(low, 4), high: expect.closeTo(high, 4) });
  });

  it('has no rate without accounts', () => {
    expect(winRate(0, 0)).toEqual({ won: 0, n: 0, rate: null, low: null, high: null });
  });
});

describe('riskRatio (lift with a log-scale 95% interval)', () => {
  it('is the ratio of win rates with the Katz interval', () => {
    // 20/50 vs 10/50: ratio 2, se = sqrt(1/20 - 1/50 + 1/10 - 1/50) = sqrt(0.11)
    const se = Math.sqrt(0.11);
    expect(riskRatio(20, 50, 10, 50)).toEqual({
      value: 2,
      low: expect.closeTo(2 * Math.exp(-1.96 * se), 3),
      high: expect.closeTo(2 * Math.exp(1.96 * se), 3),
    });
  });

  it('adds 0.5 to every cell when a won count is 0, so the interval stays finite', () => {
    const r = riskRatio(0, 30, 10, 40);
    // (0.5/31) / (10.5/41)
    expect(r?.value).toBeCloseTo(0.5 / 31 / (10.5 / 41), 4);
    expect(Number.isFinite(r?.low)).toBe(true);
    expect(Number.isFinite(r?.high)).toBe(true);
    expect(r!.high).toBeGreaterThan(r!.value);
  });

  it('is null when a group is empty', () => {
    expect(riskRatio(3, 10, 0, 0)).toBeNull();
    expect(riskRatio(0, 0, 3, 10)).toBeNull();
  });
});
