import { describe, expect, it } from 'vitest';
import { fitLogistic, type FitRow } from '@/lib/calibrate/logistic';
import { blendPoints, wholePoints } from '@/lib/calibrate/points';

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Every combination of two 0/1 features, with won counts exactly as a known model predicts. */
function exactRows(intercept: number, b1: number, b2: number, n = 1e6): FitRow[] {
  const rows: FitRow[] = [];
  for (const x1 of [0, 1])
    for (const x2 of [0, 1]) rows.push({ x: [x1, x2], n, won: n * sigmoid(intercept + b1 * x1 + b2 * x2) });
  return rows;
}

describe('fitLogistic', () => {
  it('recovers known effects', () => {
    const fit = fitLogistic(exactRows(-1, 2, -0.5), 2, 1e-6, [0, 0]);
    expect(fit.converged).toBe(true);
    expect(fit.intercept).toBeCloseTo(-1, 5);
    expect(fit.beta[0]).toBeCloseTo(2, 5);
    expect(fit.beta[1]).toBeCloseTo(-0.5, 5);
  });

  it('pulls effects toward 0 with the L2 penalty, more on few accounts', () => {
    const many = fitLogistic(exactRows(-1, 2, 0, 10_000), 2, 1, [0, 0]);
    const few = fitLogistic(exactRows(-1, 2, 0, 10), 2, 1, [0, 0]);
    expect(many.beta[0]).toBeCloseTo(2, 1);
    expect(few.beta[0]).toBeLessThan(many.beta[0]);
    expect(few.beta[0]).toBeGreaterThan(0);
  });

  it('holds a coefficient at 0 when it comes out against its sign, with its linked feature', () => {
    const fit = fitLogistic(exactRows(-1, 2, -0.5), 2, 1e-6, [1, 1]);
    expect(fit.beta[1]).toBe(0);
    expect(fit.beta[0]).toBeGreaterThan(1);
    const linked = fitLogistic(exactRows(-1, 2, -0.5), 2, 1e-6, [1, 1], [undefined, 0]);
    expect(linked.beta).toEqual([0, 0]);
  });

  it('is deterministic', () => {
    const rows = exactRows(0.3, 0.7, 1.1, 137);
    expect(fitLogistic(rows, 2, 1, [1, 1])).toEqual(fitLogistic(rows, 2, 1, [1, 1]));
  });
});

describe('wholePoints', () => {
  it('rounds positive points by largest remainder, keeping their total', () => {
    const whole = wholePoints({
      points: [33.4, 33.3, 33.3, -12.5, 0],
      partial: [undefined, 10.6, undefined, undefined, undefined],
    });
    expect(whole.points).toEqual([34, 33, 33, -12, 0]);
    expect(whole.partial).toEqual([undefined, 11, undefined, undefined, undefined]);
  });

  it('keeps partial points between 0 and the points', () => {
    expect(wholePoints({ points: [10, 90], partial: [14, undefined] }).partial[0]).toBe(10);
    expect(wholePoints({ points: [10, 90], partial: [-3, undefined] }).partial[0]).toBe(0);
  });

  it('blends from the current points toward the fitted ones', () => {
    const from = { points: [50, 50, -10], partial: [20, undefined, undefined] };
    const to = { points: [80, 20, -30], partial: [40, undefined, undefined] };
    expect(blendPoints(from, to, 0.5)).toEqual({ points: [65, 35, -20], partial: [30, undefined, undefined] });
    expect(blendPoints(from, to, 1)).toEqual(to);
  });
});

describe('fitLogistic on data with nothing to learn', () => {
  it.each([
    ['no rows', []],
    [
      'only won accounts',
      [
        { x: [1, 0], n: 10, won: 10 },
        { x: [0, 1], n: 5, won: 5 },
      ],
    ],
    ['only lost accounts', [{ x: [1, 0], n: 10, won: 0 }]],
  ])('%s: every effect is 0', (_name, rows) => {
    expect(fitLogistic(rows as FitRow[], 2, 1, [1, 1])).toEqual({
      intercept: 0,
      beta: [0, 0],
      iterations: 0,
      converged: false,
    });
  });
});
