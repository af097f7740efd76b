import type { Tier } from '../icp/schema-common';
import { KEY_COUNT, KEY_OFFSET, type KeyHistogram } from './ranking';

/**
 * Tier thresholds from the data, from the bottom up. The lowest tier above 0 starts at the score
 * that best separates won from lost accounts (the largest Youden's J: share of won at or above it
 * minus share of lost); each tier above starts where the same holds among the accounts at or
 * above the tier below it. So with two tiers the top one starts at the best single cut, and with
 * more, the top tier is the surest part of what is worth working rather than a share of it.
 * Mins stay whole and strictly descending, and the lowest tier starts at 0. Where the data cannot
 * place a threshold (nothing separates), it keeps its current proportion to the one below.
 */

export interface TierMins {
  /** Per tier, in the ICP's tier order. */
  mins: number[];
  /** Some threshold was placed by proportion, not by the data. */
  spaced: boolean;
}

/** Won and lost accounts ranked at or above `from` (disqualified ones rank below 0). */
function above(h: KeyHistogram, from: number) {
  let won = 0;
  let lost = 0;
  for (let k = from + KEY_OFFSET; k < KEY_COUNT; k++) [won, lost] = [won + h.won[k], lost + h.lost[k]];
  return { won, lost };
}

/** The threshold in (floor, highest], at least 1, with the largest J among accounts at or above `floor`. */
function bestThreshold(h: KeyHistogram, floor: number, highest: number): number | undefined {
  const pool = above(h, floor);
  if (pool.won === 0 || pool.lost === 0) return undefined;
  let best: number | undefined;
  let bestJ = 0;
  let won = 0;
  let lost = 0;
  // From the highest threshold down: a tie keeps the higher one (a smaller, surer tier).
  for (let t = 100; t >= Math.max(floor + 1, 1); t--) {
    won += h.won[t + KEY_OFFSET];
    lost += h.lost[t + KEY_OFFSET];
    const j = won / pool.won - lost / pool.lost;
    if (t <= highest && j > bestJ + 1e-12) [best, bestJ] = [t, j];
  }
  return best;
}

export function suggestTierMins(h: KeyHistogram, tiers: readonly Tier[]): TierMins {
  // Lowest first; the first of them keeps min 0.
  const order = tiers.map((t, i) => ({ t, i })).sort((a, b) => a.t.min - b.t.min);
  const mins = new Array<number>(tiers.length).fill(0);
  let spaced = false;
  // Disqualified accounts sit in the lowest tier whatever the thresholds: the first cut counts them below it.
  let floor = -KEY_OFFSET;
  for (let k = 1; k < order.length; k++) {
    const highest = 100 - (order.length - 1 - k);
    let min = bestThreshold(h, floor, highest);
    if (min === undefined) {
      spaced = true;
      const below = Math.max(floor, 0);
      const ratio = order[k - 1].t.min > 0 ? order[k].t.min / order[k - 1].t.min : order[k].t.min / 100;
      const proportional = Math.round(below > 0 ? below * ratio : 100 * ratio);
      min = Math.min(Math.max(proportional, below + 1), highest);
    }
    mins[order[k].i] = min;
    floor = min;
  }
  return { mins, spaced };
}
