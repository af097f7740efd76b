import type { WinRate } from '@/lib/calibrate/types';

/** How the calibration report writes its numbers: one place, so tables, charts and text agree. */

const whole = (n: number) => Math.round(n).toLocaleString('en-US');

/** 0.4213 → "42%"; null → "–". */
export function pct(x: number | null | undefined): string {
  return x === null || x === undefined ? '–' : `${Math.round(x * 100)}%`;
}

/** "42% (35–49%)": a win rate with its 95% interval; "no accounts" when there are none. */
export function rateText(w: WinRate): string {
  if (w.rate === null || w.n === 0) return 'no accounts';
  const low = w.low === null ? '–' : Math.round(w.low * 100);
  return `${pct(w.rate)} (${low}–${pct(w.high)})`;
}

/** 1.834 → "1.83×". */
export function times(x: number): string {
  return `${x.toFixed(2)}×`;
}

/** "1.83× (1.41–2.37×)"; null → "–". */
export function liftText(lift: { value: number; low: number; high: number } | null): string {
  return lift ? `${times(lift.value)} (${lift.low.toFixed(2)}–${times(lift.high)})` : '–';
}

/** AUC with two decimals ("0.71"). */
export function aucText(auc: number): string {
  return auc.toFixed(2);
}

export function countText(n: number): string {
  return whole(n);
}

/** "12,500" for a mean deal size; null → "–". */
export function moneyText(x: number | null | undefined): string {
  return x === null || x === undefined ? '–' : whole(x);
}

/** "+5", "−3", "±0": how points moved. */
export function deltaText(from: number, to: number): string {
  const d = to - from;
  return d > 0 ? `+${d}` : d < 0 ? `−${-d}` : '±0';
}
