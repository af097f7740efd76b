import type { Rate } from './types';

/** The normal quantile for a two-sided 95% interval. */
const Z95 = 1.959963984540054;

/**
 * `won` of `decided` as a rate with its 95% Wilson score interval. Wilson rather than the
 * textbook p ± 1.96·SE because that one gives intervals below 0% or above 100% and a zero-width
 * interval at 0 or 10 won of 10, exactly the small counts a sales team has.
 */
export function rateOf(won: number, decided: number): Rate {
  if (decided <= 0) return { won: 0, decided: 0 };
  const p = won / decided;
  const z2 = Z95 * Z95;
  const denominator = 1 + z2 / decided;
  const centre = (p + z2 / (2 * decided)) / denominator;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / decided + z2 / (4 * decided * decided))) / denominator;
  // At none or all won the bound is exactly 0 or 1; floating point would miss it by a hair.
  const low = won === 0 ? 0 : Math.max(0, centre - half);
  const high = won === decided ? 1 : Math.min(1, centre + half);
  return { won, decided, rate: p, low, high };
}

/** The middle value (the mean of the two middle ones for an even count); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** (a - b) / b: how much better `a` is than `b`, relative; undefined when `b` is 0 or unknown. */
export function relative(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined || b === undefined || b === 0) return undefined;
  return (a - b) / b;
}
