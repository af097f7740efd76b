import { MAX_ROC_POINTS } from './constants';
import { KEY_COUNT, KEY_OFFSET, type KeyHistogram } from './ranking';
import { round4 } from './stats';
import type { RocPoint } from './types';

/**
 * The area under the ROC curve as the Mann-Whitney statistic: the chance that a random won
 * account has a higher value than a random lost one, ties counted half. 0.5 when either list is
 * empty (no ranking to judge).
 */
export function auc(wonValues: ArrayLike<number>, lostValues: ArrayLike<number>): number {
  if (wonValues.length === 0 || lostValues.length === 0) return 0.5;
  const won = Float64Array.from(wonValues).sort();
  const lost = Float64Array.from(lostValues).sort();
  let below = 0; // lost values < the current won value
  let equal = 0; // lost values == it
  let sum = 0;
  for (let i = 0; i < won.length; i++) {
    const w = won[i];
    // Equal won values share one count: counting ties again for each would be quadratic.
    if (i === 0 || w !== won[i - 1]) {
      while (below < lost.length && lost[below] < w) below++;
      equal = 0;
      while (below + equal < lost.length && lost[below + equal] === w) equal++;
    }
    sum += below + equal / 2;
  }
  return sum / (won.length * lost.length);
}

/** The same statistic over a histogram of integer rank keys, in one pass over the keys. */
export function aucOfHistogram(h: KeyHistogram): number {
  let wonTotal = 0;
  let lostTotal = 0;
  let sum = 0;
  // From the lowest key up: each won count beats every lost account below it, ties half.
  for (let k = 0; k < KEY_COUNT; k++) {
    sum += h.won[k] * (lostTotal + h.lost[k] / 2);
    wonTotal += h.won[k];
    lostTotal += h.lost[k];
  }
  return wonTotal === 0 || lostTotal === 0 ? 0.5 : sum / (wonTotal * lostTotal);
}

/** At most `max` points of a curve, evenly spread, always keeping its first and last. */
function thin(points: RocPoint[], max: number): RocPoint[] {
  if (points.length <= max) return points;
  const out: RocPoint[] = [];
  for (let i = 0; i < max; i++) out.push(points[Math.round((i * (points.length - 1)) / (max - 1))]);
  return out;
}

/** The ROC curve: one point per cut-off key, from the highest (nothing above it) to all accounts. */
export function rocOfHistogram(h: KeyHistogram, max = MAX_ROC_POINTS): RocPoint[] {
  let wonTotal = 0;
  let lostTotal = 0;
  for (let k = 0; k < KEY_COUNT; k++) {
    wonTotal += h.won[k];
    lostTotal += h.lost[k];
  }
  const points: RocPoint[] = [{ fpr: 0, tpr: 0, minScore: null }];
  let won = 0;
  let lost = 0;
  for (let k = KEY_COUNT - 1; k >= 0; k--) {
    if (h.won[k] === 0 && h.lost[k] === 0) continue;
    won += h.won[k];
    lost += h.lost[k];
    const key = k - KEY_OFFSET;
    points.push({
      fpr: lostTotal ? round4(lost / lostTotal) : 0,
      tpr: wonTotal ? round4(won / wonTotal) : 0,
      minScore: key >= 0 ? key : null,
    });
  }
  return thin(points, max);
}
