import { median } from './stats';
import type { Decision, TierRef } from './types';

export interface TierCycle extends TierRef {
  /** Median calendar days from saved to won or lost; undefined without a dated close. */
  median?: number;
  /** Closes with a known cycle (logged decisions). */
  closed: number;
}

/** Median days to close per tier, over decisions whose status change is logged. */
export function cycleByTier(decisions: readonly Decision[], tiers: readonly TierRef[]): TierCycle[] {
  return tiers.map((t) => {
    const days = decisions.flatMap((d) => (d.snapshot.tierId === t.id && d.days !== undefined ? [d.days] : []));
    const m = median(days);
    return { ...t, closed: days.length, ...(m !== undefined && { median: m }) };
  });
}
