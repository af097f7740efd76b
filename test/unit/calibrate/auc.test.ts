import { describe, expect, it } from 'vitest';
import { auc, aucOfHistogram, rocOfHistogram } from '@/lib/calibrate/auc';
import { addToHistogram, emptyHistogram, rankKey } from '@/lib/calibrate/ranking';

function histogramOf(won: number[], lost: number[]) {
  const h = emptyHistogram();
  for (const k of won) addToHistogram(h, k, 1, 0);
  for (const k of lost) addToHistogram(h, k, 0, 1);
  return h;
}

describe('auc (Mann-Whitney, ties half)', () => {
  it.each([
    // won beats lost in 3 of 4 pairs and ties once: (3>1, 3>2, 2>1, 2=2) -> 3.5 / 4
    [[3, 2], [1, 2], 0.875],
    [[5, 6, 7], [1, 2], 1],
    [[1, 2], [5, 6, 7], 0],
    [[4, 4], [4, 4, 4], 0.5],
    // 2 won, 3 lost: 9 > all 3; 1 > none, ties with one 1 -> (3 + 0.5) / 6
    [[9, 1], [1, 3, 5], 3.5 / 6],
  ])('won %j vs lost %j is %f', (won, lost, expected) => {
    expect(auc(won, lost)).toBeCloseTo(expected, 12);
    expect(aucOfHistogram(histogramOf(won, lost))).toBeCloseTo(expected, 12);
  });

  it('is 0.5 when one side is empty', () => {
    expect(auc([], [1, 2])).toBe(0.5);
    expect(aucOfHistogram(histogramOf([3], []))).toBe(0.5);
  });

  it('counts many ties without going quadratic', () => {
    const won = new Array(50_000).fill(7);
    const lost = new Array(50_000).fill(7);
    const t0 = performance.now();
    expect(auc(won, lost)).toBe(0.5);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('ranks disqualified accounts below all others, whatever their score', () => {
    // A disqualified 90 ranks below a qualified 10.
    expect(auc([rankKey(10, false)], [rankKey(90, true)])).toBe(1);
  });
});

describe('rocOfHistogram', () => {
  it('runs from (0, 0) to (1, 1) with at most 101 points', () => {
    const won = Array.from({ length: 300 }, (_, i) => i % 101);
    const lost = Array.from({ length: 300 }, (_, i) => (i * 7) % 60);
    const disqualified = [rankKey(50, true), rankKey(20, true)];
    const roc = rocOfHistogram(histogramOf(won, [...lost, ...disqualified]));
    expect(roc.length).toBeLessThanOrEqual(101);
    expect(roc[0]).toEqual({ fpr: 0, tpr: 0, minScore: null });
    expect(roc.at(-1)).toMatchObject({ fpr: 1, tpr: 1, minScore: null });
    for (let i = 1; i < roc.length; i++) {
      expect(roc[i].fpr).toBeGreaterThanOrEqual(roc[i - 1].fpr);
      expect(roc[i].tpr).toBeGreaterThanOrEqual(roc[i - 1].tpr);
    }
  });

  it('keeps every cut-off of a small curve', () => {
    expect(rocOfHistogram(histogramOf([3, 2], [1, 2]))).toEqual([
      { fpr: 0, tpr: 0, minScore: null },
      { fpr: 0, tpr: 0.5, minScore: 3 },
      { fpr: 0.5, tpr: 1, minScore: 2 },
      { fpr: 1, tpr: 1, minScore: 1 },
    ]);
  });
});
