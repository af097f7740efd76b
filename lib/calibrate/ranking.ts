/**
 * How calibration ranks scored accounts: by score, with disqualified accounts below every other
 * (their tier is the lowest whatever they score), ordered among themselves by score. A rank key
 * is an integer in -101..100, so counts per key fit a small histogram.
 */

export const KEY_OFFSET = 101;
export const KEY_COUNT = 202;

/** The rank key of a scored account. */
export const rankKey = (score: number, disqualified: boolean): number => (disqualified ? score - KEY_OFFSET : score);

/** Won and lost accounts per rank key (index = key + KEY_OFFSET). */
export interface KeyHistogram {
  won: Float64Array;
  lost: Float64Array;
}

export function emptyHistogram(): KeyHistogram {
  return { won: new Float64Array(KEY_COUNT), lost: new Float64Array(KEY_COUNT) };
}

export function addToHistogram(h: KeyHistogram, key: number, won: number, lost: number): void {
  h.won[key + KEY_OFFSET] += won;
  h.lost[key + KEY_OFFSET] += lost;
}
