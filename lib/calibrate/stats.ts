import { Z95 } from './constants';
import type { WinRate } from './types';

/** Rounds to 4 decimals: reports show rates and ratios, not float noise. */
export const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * The share of won accounts with its 95% Wilson score interval, which stays inside 0..1 and
 * behaves on small counts and on rates near 0 or 1 (unlike p ± 1.96·SE).
 */
export function winRate(won: number, n: number): WinRate {
  if (n <= 0) return { won: 0, n: 0, rate: null, low: null, high: null };
  const p = won / n;
  const z2 = Z95 * Z95;
  const denominator = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denominator;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return {
    won,
    n,
    rate: round4(p),
    low: round4(Math.max(0, center - half)),
    high: round4(Math.min(1, center + half)),
  };
}

/**
 * The ratio of two win rates (a risk ratio: won share of matched accounts over won share of
 * missed ones) with its 95% interval on the log scale (Katz). When a won count is 0 the log is
 * undefined, so 0.5 is added to every cell (Haldane). Null when either group is empty.
 */
export function riskRatio(
  wonA: number,
  nA: number,
  wonB: number,
  nB: number,
): { value: number; low: number; high: number } | null {
  if (nA <= 0 || nB <= 0) return null;
  let [a, n1, c, n2] = [wonA, nA, wonB, nB];
  if (a === 0 || c === 0) [a, n1, c, n2] = [a + 0.5, n1 + 1, c + 0.5, n2 + 1];
  const ratio = a / n1 / (c / n2);
  const se = Math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n2);
  const log = Math.log(ratio);
  return { value: round4(ratio), low: round4(Math.exp(log - Z95 * se)), high: round4(Math.exp(log + Z95 * se)) };
}
