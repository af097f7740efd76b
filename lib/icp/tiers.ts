import type { TierRef } from './result';

interface TierLike {
  id: string;
  label: string;
  min: number;
  action?: string | undefined;
}

/**
 * Tiers by min, highest first (stable), as frozen refs shared by every result. Throws on an
 * empty list, at compile time rather than on every scoring.
 */
export function orderTiers(tiers: readonly TierLike[]): TierRef[] {
  if (tiers.length === 0) throw new Error('an ICP needs at least one tier (validate it first)');
  return tiers
    .map((t) =>
      Object.freeze<TierRef>(
        t.action === undefined
          ? { id: t.id, label: t.label, min: t.min }
          : { id: t.id, label: t.label, min: t.min, action: t.action },
      ),
    )
    .sort((a, b) => b.min - a.min);
}

/** Disqualified: the lowest tier. Otherwise the first tier, by min descending, with score >= min. */
export function selectTier(ordered: readonly TierRef[], score: number, disqualified: boolean): TierRef {
  const lowest = ordered[ordered.length - 1] as TierRef;
  if (disqualified) return lowest;
  for (let i = 0; i < ordered.length; i++) {
    const tier = ordered[i] as TierRef;
    if (score >= tier.min) return tier;
  }
  return lowest;
}
