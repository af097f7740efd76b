import type { Rate } from './types';

/** "45%" for 0.45; "–" for no rate. */
export function percent(rate: number | undefined): string {
  return rate === undefined ? '–' : `${Math.round(rate * 100)}%`;
}

/** "24–76%": a rate's 95% interval. */
export function interval(r: Rate): string {
  return r.low === undefined || r.high === undefined ? '–' : `${Math.round(r.low * 100)}–${Math.round(r.high * 100)}%`;
}

/**
 * |value| as a whole percent ("14"), with as many decimals as it takes not to land on a
 * threshold it is not on: 14.96% below a 15% threshold reads "14.96", never "15".
 */
export function percentBeside(value: number, threshold: number): string {
  const v = Math.abs(value) * 100;
  const t = threshold * 100;
  for (let digits = 0; digits < 3; digits++) {
    const text = v.toFixed(digits);
    if (v === t || Number(text) !== t) return text;
  }
  return v.toFixed(3);
}

/** "12 days", "27.5 days", "1 day". */
export function days(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}
