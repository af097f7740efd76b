import type { ProfileLike } from './engine-types';
import type { CriterionResult, DimensionTotal, FitResult, TierRef } from './result';
import { roundHalfUpRatio } from './rounding';
import { orderTiers, selectTier } from './tiers';

/** Everything about the totals that does not depend on the record, computed once. */
export interface Plan {
  icpId: string;
  possible: number;
  minCoverage: number;
  tiers: TierRef[];
  dimensionNames: string[];
  dimensionPossible: number[];
  /** Per criterion, its index in dimensionNames. */
  dimensionOf: number[];
}

const DEFAULT_MIN_COVERAGE = 0.5;

export function makePlan(profile: ProfileLike): Plan {
  const names: string[] = [];
  const possibleByDimension: number[] = [];
  const dimensionOf = profile.criteria.map((c) => {
    const name = c.dimension ?? 'fit';
    let index = names.indexOf(name);
    if (index < 0) index = names.push(name) - 1;
    possibleByDimension[index] = (possibleByDimension[index] ?? 0) + Math.max(c.points, 0);
    return index;
  });
  return {
    icpId: profile.id,
    possible: possibleByDimension.reduce((sum, p) => sum + p, 0),
    minCoverage: profile.minCoverage ?? DEFAULT_MIN_COVERAGE,
    tiers: orderTiers(profile.tiers),
    dimensionNames: names,
    dimensionPossible: possibleByDimension,
    dimensionOf,
  };
}

/** The spec's Result section over the criteria results, in one pass. */
export function summarize(plan: Plan, criteria: CriterionResult[]): FitResult {
  const earned = new Array<number>(plan.dimensionNames.length).fill(0);
  let raw = 0;
  let known = 0;
  let disqualified = false;
  for (let i = 0; i < criteria.length; i++) {
    const c = criteria[i] as CriterionResult;
    raw += c.earned;
    earned[plan.dimensionOf[i] as number] += c.earned;
    if (c.points > 0 && c.status !== 'unknown') known += c.points;
    if (c.required && c.status === 'miss') disqualified = true;
  }
  const { possible } = plan;
  const score = possible > 0 ? Math.min(100, roundHalfUpRatio(100 * Math.max(raw, 0), possible)) : 0;
  const coverage = possible > 0 ? roundHalfUpRatio(100 * known, possible) / 100 : 0;
  const dimensions: Record<string, DimensionTotal> = {};
  for (let i = 0; i < plan.dimensionNames.length; i++) {
    dimensions[plan.dimensionNames[i] as string] = {
      earned: earned[i] as number,
      possible: plan.dimensionPossible[i] as number,
    };
  }
  return {
    icpId: plan.icpId,
    score,
    tier: selectTier(plan.tiers, score, disqualified),
    disqualified,
    coverage,
    lowConfidence: coverage < plan.minCoverage,
    dimensions,
    criteria,
  };
}
