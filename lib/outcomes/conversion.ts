import { rateOf, relative } from './stats';
import type { Decision, Rate, TierRef } from './types';

export interface TierConversion extends TierRef, Rate {
  lost: number;
}

export interface GroupComparison {
  /** The group that should convert better (the top tier; ICP leads). */
  better: Rate;
  /** The group it is compared with (the other tiers; non-ICP leads). */
  other: Rate;
  /** (better − other) / other; undefined when `other` has no rate or converted none. */
  relative?: number;
}

const rateOfGroup = (ds: readonly Decision[]) => rateOf(ds.filter((d) => d.won).length, ds.length);

/** Won / (won + lost) per tier, in the order given; a tier with no decided lead has no rate. */
export function conversionByTier(decisions: readonly Decision[], tiers: readonly TierRef[]): TierConversion[] {
  return tiers.map((t) => {
    const mine = decisions.filter((d) => d.snapshot.tierId === t.id);
    const rate = rateOfGroup(mine);
    return { ...t, ...rate, lost: rate.decided - rate.won };
  });
}

/** Two groups of decisions: both rates and how much better the first converts, relative. */
export function compareGroups(better: readonly Decision[], other: readonly Decision[]): GroupComparison {
  const a = rateOfGroup(better);
  const b = rateOfGroup(other);
  const out: GroupComparison = { better: a, other: b };
  const r = relative(a.rate, b.rate);
  if (r !== undefined) out.relative = r;
  return out;
}

/**
 * Tiers are told apart by the tone their score was given: the best tier of the ICP that scored
 * the lead is 'high', its lowest 'low' (lib/fit/tier-tone.ts). That holds across ICP versions
 * that renamed or re-numbered tiers, where tier ids would not.
 */
export const isTopTier = (d: Decision) => d.snapshot.tone === 'high';
/** "ICP leads": every tier above the lowest. The lowest tier (and a disqualified lead) is non-ICP. */
export const isIcpLead = (d: Decision) => d.snapshot.tone !== 'low';

/** The top tier against every other tier together. */
export function topVsRest(decisions: readonly Decision[]): GroupComparison {
  return compareGroups(
    decisions.filter(isTopTier),
    decisions.filter((d) => !isTopTier(d)),
  );
}

/** ICP leads (tiers above the lowest) against non-ICP leads (the lowest tier). */
export function icpVsNonIcp(decisions: readonly Decision[]): GroupComparison {
  return compareGroups(
    decisions.filter(isIcpLead),
    decisions.filter((d) => !isIcpLead(d)),
  );
}
